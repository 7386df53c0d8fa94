package org.balise.web.backoffice.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.balise.web.backoffice.classroom.ClassroomSettings;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.sessions.JoinAddress;
import org.balise.web.backoffice.studio.editor.ChecksPanel;
import org.balise.web.backoffice.studio.editor.CircuitNames;
import org.balise.web.backoffice.studio.editor.CircuitSettingsForm;
import org.balise.web.backoffice.studio.editor.DraftDocument;
import org.balise.web.backoffice.studio.editor.EditorContext;
import org.balise.web.backoffice.studio.editor.FieldRegistry;
import org.balise.web.backoffice.studio.editor.Fields;
import org.balise.web.backoffice.studio.editor.FinalRiddleForm;
import org.balise.web.backoffice.studio.editor.LanguagesPart;
import org.balise.web.backoffice.studio.editor.MediaPart;
import org.balise.web.backoffice.studio.editor.Part;
import org.balise.web.backoffice.studio.editor.StationsPart;
import org.balise.web.backoffice.studio.editor.TrackPart;
import org.balise.web.backoffice.studio.editor.TradesForm;
import org.balise.web.backoffice.studio.map.StationMap;
import org.balise.web.circuits.CircuitMedia;
import org.balise.web.circuits.CircuitRejectedException;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.drafts.Author;
import org.balise.web.drafts.Draft;
import org.balise.web.drafts.DraftCheck;
import org.balise.web.drafts.DraftChecks;
import org.balise.web.drafts.DraftPreviews;
import org.balise.web.drafts.DraftPublishing;
import org.balise.web.drafts.DraftRefusedException;
import org.balise.web.drafts.Drafts;
import org.balise.web.game.SessionDocument;

/**
 * The editor of one draft: its parts one at a time (circuit, stations on their map, trades, final riddle,
 * images, languages, a GPS track to try), the checks always beside them, and the ways out — export,
 * preview in the phone app, publish. Every change is saved at once and checked again.
 */
@Route("studio/drafts")
@RolesAllowed({"AUTHOR", "ADMIN"})
class DraftEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Drafts drafts;
    private final DraftChecks checks;
    private final DraftPublishing publishing;
    private final DraftPreviews previews;
    private final CircuitMedia media;
    private final JoinAddress joinAddress;
    private final ClassroomSettings mapSettings;
    private final Author author;

    private final FieldRegistry registry = new FieldRegistry();
    private final Div content = new Div();
    private final ChecksPanel checksPanel = new ChecksPanel(this::goTo);
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final PartsNavigation parts = new PartsNavigation(this::showPart);

    private Draft draft;
    private DraftDocument document;
    private EditorContext context;
    private DraftCheck check;
    private StationMap map;
    private Part part = Part.CIRCUIT;
    private int station = -1;
    private String title = "Studio · Balise";
    /** Set once a save was refused because the draft was saved elsewhere: this window then saves nothing. */
    private boolean stale;

    DraftEditorView(Drafts drafts, DraftChecks checks, DraftPublishing publishing, DraftPreviews previews,
            CircuitMedia media, JoinAddress joinAddress, ClassroomSettings mapSettings, StudioAccess access) {
        this.drafts = drafts;
        this.checks = checks;
        this.publishing = publishing;
        this.previews = previews;
        this.media = media;
        this.joinAddress = joinAddress;
        this.mapSettings = mapSettings;
        this.author = access.author();
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void setParameter(BeforeEvent event, String draftId) {
        Draft found = drafts.find(draftId, author).block(StudioAccess.STORE_TIMEOUT);
        if (found == null) {
            Notification.show("This draft does not exist, or belongs to another author.");
            event.forwardTo(CircuitsView.class);
            return;
        }
        open(found);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void open(Draft opened) {
        removeAll();
        draft = opened;
        document = DraftDocument.parse(opened.json());
        context = new EditorContext(new Fields(document, registry), this::redraw);
        map = new StationMap(mapSettings.mapTiles(), mapSettings.mapAttribution());
        map.addZoneChangedListener(changed -> {
            StationsPart.placeZone(document, changed.stationId(), changed.zone());
            redraw();
        });
        map.addStationClickedListener(stationId -> {
            station = StationsPart.indexOf(document, stationId);
            redraw();
        });
        document.onChange(this::saveAndCheck);


        content.setId("editor-part");
        // Each column scrolls on its own, so that the checks stay in sight beside a long form.
        content.getStyle().set("flex", "1 1 32rem").set("min-width", "0").set("max-height", "100%")
                .set("overflow", "auto").set("padding-right", "var(--lumo-space-m)");
        checksPanel.getStyle().set("flex", "1 1 18rem").set("max-width", "100%").set("max-height", "100%");
        FlexLayout body = new FlexLayout(content, checksPanel);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setWidthFull();
        body.getStyle().set("min-height", "0").set("overflow", "auto");
        add(header(), parts, body);
        expand(body);
        check = checks.check(document.json(), author).block(StudioAccess.STORE_TIMEOUT);
        redraw();
    }

    private HorizontalLayout header() {
        Button back = new Button(VaadinIcon.ARROW_LEFT.create(), click -> StudioNavigation.toCircuits());
        back.getElement().setAttribute("aria-label", "Back to the studio's circuits");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        status.setId("draft-status");
        status.getElement().setAttribute("aria-live", "polite");
        Button preview = new Button("Preview", VaadinIcon.MOBILE.create(), click -> preview());
        preview.setId("preview");
        preview.setTooltipText("Play this draft in the phone app's virtual mode");
        Button publish = new Button("Publish", VaadinIcon.CHECK.create(), click -> publish());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var export = JsonDownload.link("Export JSON", JsonDownload.fileName(draft.circuitId(), draft.version()),
                () -> document.json());
        export.setId("export");
        HorizontalLayout header = new HorizontalLayout(back, heading, status, preview, export, publish);
        header.setWidthFull();
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(heading);
        heading.getStyle().set("margin", "0");
        return header;
    }

    /** Draws the current part again from the document, with the problems on their fields. */
    private void redraw() {
        registry.clear();
        content.removeAll();
        parts.show(part);
        content.add(switch (part) {
            case CIRCUIT -> new CircuitSettingsForm(context, names().mediaIds(), names().stationIds());
            case STATIONS -> new StationsPart(context, map, station, selected -> {
                station = selected;
                redraw();
            });
            case TRADES -> new TradesForm(context);
            case FINAL_RIDDLE -> new FinalRiddleForm(context, names().clueIds(), names().mediaIds());
            case MEDIA -> new MediaPart(context, media);
            case LANGUAGES -> new LanguagesPart(document, this::goTo);
            case TRACK -> new TrackPart(check);
        });
        showCheck();
    }

    private CircuitNames names() {
        return CircuitNames.of(document);
    }

    private void saveAndCheck() {
        if (stale) {
            return;
        }
        try {
            draft = drafts.save(draft, document.json(), author).block(StudioAccess.STORE_TIMEOUT);
        } catch (DraftRefusedException changedElsewhere) {
            stale = true;
            ConfirmDialog reload = new ConfirmDialog("Saved elsewhere meanwhile",
                    changedElsewhere.getMessage() + " Your last change here was not saved: export it first if you "
                            + "need it.", "Reload", yes -> reopen());
            reload.setCancelable(true);
            reload.setCancelText("Stay (nothing more is saved)");
            reload.open();
            return;
        }
        check = checks.check(document.json(), author).block(StudioAccess.STORE_TIMEOUT);
        showCheck();
    }

    private void showCheck() {
        registry.show(check.problems());
        checksPanel.show(check, document);
        String name = CircuitTitles.of(draft.title(), draft.circuitId().isEmpty() ? "Untitled" : draft.circuitId());
        heading.setText(name);
        title = name + " · Studio · Balise";
        status.setText(check.published() ? "Published as version " + draft.version()
                : check.publishable() ? "Saved · ready to publish" : "Saved · " + check.errors().size()
                        + (check.errors().size() == 1 ? " error" : " errors") + " to fix before publishing");
    }

    private void showPart(Part chosen) {
        part = chosen;
        redraw();
    }

    /** Shows the part holding {@code pointer} and puts the cursor in its field. */
    private void goTo(String pointer) {
        part = Part.of(pointer);
        if (part == Part.STATIONS) {
            station = Part.stationIndex(pointer);
        }
        redraw();
        registry.focus(pointer);
    }

    /** Opens the draft again as the store has it, or goes back to the list when it is gone. */
    private void reopen() {
        stale = false;
        Draft fresh = drafts.find(draft.id(), author).block(StudioAccess.STORE_TIMEOUT);
        if (fresh == null) {
            Notification.show("This draft was deleted.");
            StudioNavigation.toCircuits();
        } else {
            open(fresh);
        }
    }

    private boolean refusedWhileStale() {
        if (stale) {
            error("This window no longer saves (the draft was saved elsewhere): reload it first.");
        }
        return stale;
    }

    private void publish() {
        if (refusedWhileStale()) {
            return;
        }
        try {
            PublishedCircuit published = publishing.publish(draft, author).block(StudioAccess.STORE_TIMEOUT);
            check = checks.check(document.json(), author).block(StudioAccess.STORE_TIMEOUT);
            showCheck();
            Notification.show("Published " + published.circuitId() + " version " + published.version()
                    + ". Teachers can start sessions with it now.", 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CircuitRejectedException rejected) {
            showCheck();
            error("Not published: " + check.errors().size() + " error(s) to fix first. The checks list them.");
        } catch (DraftRefusedException refused) {
            error(refused.getMessage());
        }
    }

    private void preview() {
        if (refusedWhileStale()) {
            return;
        }
        try {
            SessionDocument session = previews.start(draft, author).block(StudioAccess.STORE_TIMEOUT);
            String url = joinAddress.joinUrl(session.joinCode());
            getUI().ifPresent(ui -> ui.getPage().open(url, "_blank"));
            Notification.show("The preview opens in a new tab (join code " + session.joinCode()
                    + "). Any phone can join it too.", 8000, Notification.Position.TOP_CENTER);
        } catch (CircuitRejectedException rejected) {
            error("The preview needs a circuit the engine can load: fix the errors in the checks first.");
        } catch (DraftRefusedException refused) {
            error(refused.getMessage());
        }
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
