package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.balise.web.backoffice.ViewerTime;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.game.PhotoStore;

/** The photos waiting for the teacher: each shown, to approve (the riddle is solved) or reject with a comment. */
final class PhotoReview extends VerticalLayout {

    /** What the teacher decides about a photo. */
    interface Reviewing {
        void approve(PendingPhoto photo);

        void reject(PendingPhoto photo, String comment);
    }

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("HH:mm");

    private final PhotoStore photos;
    private final String sessionId;
    private final Reviewing reviewing;
    private final Div cards = new Div();
    private List<String> shown = List.of();

    PhotoReview(PhotoStore photos, String sessionId, Reviewing reviewing) {
        this.photos = photos;
        this.sessionId = sessionId;
        this.reviewing = reviewing;
        setId("photos");
        setPadding(false);
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(new H3("Photos to review"), cards);
        setVisible(false);
    }

    void show(ClassroomSnapshot snapshot) {
        List<PendingPhoto> pending = PendingPhoto.in(snapshot);
        List<String> ids = pending.stream().map(PendingPhoto::photoId).toList();
        setVisible(!pending.isEmpty());
        if (ids.equals(shown)) {
            // Rebuilding would reload every image and lose a comment being typed.
            return;
        }
        shown = ids;
        cards.removeAll();
        pending.forEach(photo -> cards.add(card(photo)));
    }

    private Div card(PendingPhoto photo) {
        Image image = new Image(download(photo.photoId()), "Photo of " + photo.game().team().name());
        image.setMaxWidth("240px");
        image.setMaxHeight("240px");
        TextField comment = new TextField();
        comment.setPlaceholder("What to do better (if rejected)");
        comment.setWidthFull();
        Button approve = new Button("Approve", click -> reviewing.approve(photo));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        Button reject = new Button("Reject", click -> reviewing.reject(photo, comment.getValue().strip()));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Div card = new Div(new Paragraph(new Span(photo.game().team().name() + " — " + photo.riddleTitle()
                + " (" + ViewerTime.format(SENT, photo.submittedAt()) + ")")), image, comment, new HorizontalLayout(approve, reject));
        card.addClassName("photo-card");
        card.getStyle().set("width", "260px").set("padding", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        return card;
    }

    /** Served only when the photo belongs to this session: the page cannot be used to read another class's photos. */
    private DownloadHandler download(String photoId) {
        return DownloadHandler.fromInputStream(event -> photos.read(photoId)
                .filter(photo -> photo.sessionId().equals(sessionId))
                .blockOptional(SessionAccess.STORE_TIMEOUT)
                .map(photo -> new DownloadResponse(new ByteArrayInputStream(photo.bytes()), "photo-" + photoId,
                        photo.contentType(), photo.bytes().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }
}
