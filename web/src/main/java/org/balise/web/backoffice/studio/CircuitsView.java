package org.balise.web.backoffice.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.balise.web.backoffice.BoundedUploads;
import org.balise.web.backoffice.ViewerTime;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.drafts.Author;
import org.balise.web.drafts.Draft;
import org.balise.web.drafts.DraftRefusedException;
import org.balise.web.drafts.Drafts;
import org.balise.web.drafts.NewCircuit;
import reactor.core.publisher.Mono;

/**
 * The studio's home: the author's drafts (everyone's, for an administrator) and the published versions,
 * with the ways to start a draft — from nothing, from a JSON file, from a copy, from a published version.
 */
@Route("studio")
@PageTitle("Studio · Balise")
@RolesAllowed({"AUTHOR", "ADMIN"})
class CircuitsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final Drafts drafts;
    private final CircuitCatalogue catalogue;
    private final Author author;
    private final Grid<Draft> draftGrid = new Grid<>();
    private final Grid<PublishedCircuit> publishedGrid = new Grid<>();

    CircuitsView(Drafts drafts, CircuitCatalogue catalogue, StudioAccess access) {
        this.drafts = drafts;
        this.catalogue = catalogue;
        this.author = access.author();
        setSizeFull();

        Button create = new Button("New circuit", VaadinIcon.PLUS.create(),
                click -> new NewCircuitDialog(this::create).open());
        create.setId("new-circuit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("Studio"), create, importUpload());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        header.expand(header.getComponentAt(0));

        draftGrid.setId("drafts");
        draftGrid.addColumn(CircuitsView::titleOf).setHeader("Circuit").setFlexGrow(1).setAutoWidth(true);
        draftGrid.addColumn(Draft::circuitId).setHeader("Id").setAutoWidth(true);
        draftGrid.addColumn(Draft::version).setHeader("Version").setAutoWidth(true);
        draftGrid.addColumn(draft -> ViewerTime.format(WHEN, draft.updatedAt())).setHeader("Saved").setAutoWidth(true);
        if (author.administrator()) {
            draftGrid.addColumn(Draft::owner).setHeader("Author").setAutoWidth(true);
        }
        draftGrid.addComponentColumn(this::draftActions).setAutoWidth(true);
        draftGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        draftGrid.setEmptyStateText("No draft yet: create a circuit, import a JSON file, or start from a published one.");
        draftGrid.addItemDoubleClickListener(click -> StudioNavigation.toDraft(click.getItem().id()));

        publishedGrid.setId("published");
        publishedGrid.addColumn(published -> CircuitTitles.of(published.title(), published.circuitId()))
                .setHeader("Circuit").setFlexGrow(1).setAutoWidth(true);
        publishedGrid.addColumn(PublishedCircuit::circuitId).setHeader("Id").setAutoWidth(true);
        publishedGrid.addColumn(PublishedCircuit::version).setHeader("Version").setAutoWidth(true);
        publishedGrid.addColumn(published -> published.publishedBy() == null ? "Shipped with Balise"
                : published.publishedBy()).setHeader("Published by").setAutoWidth(true);
        publishedGrid.addColumn(published -> ViewerTime.format(WHEN, published.publishedAt())).setHeader("Published")
                .setAutoWidth(true);
        publishedGrid.addComponentColumn(this::publishedActions).setAutoWidth(true);
        publishedGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        Paragraph versions = new Paragraph("A published version never changes: sessions keep the version they "
                + "started with. To change a circuit, start a draft from its latest version and publish it under "
                + "a higher version.");
        versions.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(header, new H3("Drafts"), draftGrid, new H3("Published versions"), versions, publishedGrid);
        draftGrid.setHeight("40%");
        publishedGrid.setHeight("40%");
        refresh();
    }

    private Component importUpload() {
        Upload upload = new Upload(BoundedUploads.inMemory(2 * 1024 * 1024, (metadata, bytes) ->
                importJson(new String(bytes, StandardCharsets.UTF_8))));
        upload.setId("import-circuit");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2 * 1024 * 1024);
        upload.setDropAllowed(true);
        upload.setUploadButton(new Button("Import a JSON file", VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
        return upload;
    }

    void importJson(String json) {
        try {
            Draft imported = drafts.importJson(json, author).block(StudioAccess.STORE_TIMEOUT);
            Notification.show("Imported. The checks list what is left to fix before publishing.");
            StudioNavigation.toDraft(imported.id());
        } catch (DraftRefusedException refused) {
            error(refused.getMessage());
        }
    }

    private void create(NewCircuit circuit) {
        Draft created = drafts.create(circuit, author).block(StudioAccess.STORE_TIMEOUT);
        StudioNavigation.toDraft(created.id());
    }

    private Component draftActions(Draft draft) {
        String name = titleOf(draft);
        Button edit = new Button("Edit", click -> StudioNavigation.toDraft(draft.id()));
        edit.getElement().setAttribute("aria-label", "Edit " + name);
        Button duplicate = new Button("Duplicate", click -> {
            drafts.duplicate(draft, author).block(StudioAccess.STORE_TIMEOUT);
            Notification.show("Copied under a new id.");
            refresh();
        });
        duplicate.getElement().setAttribute("aria-label", "Duplicate " + name);
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(draft));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.getElement().setAttribute("aria-label", "Delete the draft " + name);
        HorizontalLayout actions = new HorizontalLayout(edit, duplicate,
                JsonDownload.link("Export", JsonDownload.fileName(draft.circuitId(), draft.version()), draft::json),
                delete);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private Component publishedActions(PublishedCircuit published) {
        Anchor export = JsonDownload.link("Export", JsonDownload.fileName(published.circuitId(), published.version()),
                published::json);
        // Only the circuit's author (an administrator for shipped ones) writes its next version; others copy it.
        boolean mine = Drafts.mayContinue(published, author);
        Button newDraft = new Button(mine ? "New version" : "Copy", click -> {
            Draft draft = drafts.fromPublished(published, author).block(StudioAccess.STORE_TIMEOUT);
            StudioNavigation.toDraft(draft.id());
        });
        newDraft.getElement().setAttribute("aria-label", (mine ? "Start a draft of the next version of "
                : "Copy as a new circuit of yours: ") + published.circuitId() + " " + published.version());
        HorizontalLayout actions = new HorizontalLayout(newDraft, export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void confirmDelete(Draft draft) {
        ConfirmDialog confirm = new ConfirmDialog("Delete this draft?", "The draft " + titleOf(draft)
                + " is deleted for good. Its published versions stay.", "Delete", yes -> {
                    drafts.delete(draft, author).block(StudioAccess.STORE_TIMEOUT);
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        draftGrid.setItems(drafts.visibleTo(author)
                .collectSortedList(Comparator.comparing(Draft::updatedAt).reversed())
                .block(StudioAccess.STORE_TIMEOUT));
        List<PublishedCircuit> published = catalogue.playable()
                .collectSortedList(Comparator.comparing(PublishedCircuit::circuitId)
                        .thenComparing(PublishedCircuit::publishedAt, Comparator.reverseOrder()))
                .onErrorResume(failure -> Mono.just(List.of()))
                .block(StudioAccess.STORE_TIMEOUT);
        publishedGrid.setItems(published);
    }

    private static String titleOf(Draft draft) {
        return CircuitTitles.of(draft.title(), draft.circuitId().isEmpty() ? "(untitled)" : draft.circuitId());
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

}
