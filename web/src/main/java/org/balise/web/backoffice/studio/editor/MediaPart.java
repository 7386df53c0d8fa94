package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.backoffice.BoundedUploads;
import org.balise.web.circuits.CircuitMedia;
import org.balise.web.circuits.ImageUploads;
import org.balise.web.circuits.MediaFile;
import org.balise.web.circuits.MediaRefusedException;
import org.balise.web.circuits.Slug;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The circuit's images: uploaded (type and size checked), described for players who cannot see them,
 * credited, and then chosen by id in stations, riddles and the cover.
 */
public final class MediaPart extends VerticalLayout {

    private static final Pointer MEDIA = Pointer.root().at("media");
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(20);

    private final EditorContext context;
    private final CircuitMedia media;

    public MediaPart(EditorContext context, CircuitMedia media) {
        this.context = context;
        this.media = media;
        setPadding(false);
        setId("media-part");
        JsonNode items = context.draft().get(MEDIA);
        Paragraph help = new Paragraph("PNG, JPEG, WebP or GIF, up to " + ImageUploads.MAX_BYTES / 1024 / 1024
                + " MB. Phones download them on mobile data: prefer images under 300 KB.");
        add(new H3("Images"), help, upload());
        for (int k = 0; k < items.size(); k++) {
            add(item(k, items.get(k)));
        }
    }

    private Upload upload() {
        Upload upload = new Upload(BoundedUploads.inMemory(ImageUploads.MAX_BYTES, (metadata, bytes) ->
                add(metadata.fileName(), bytes)));
        upload.setId("media-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", "image/gif");
        upload.setMaxFileSize(ImageUploads.MAX_BYTES);
        upload.setUploadButton(new Button("Add an image", VaadinIcon.PICTURE.create()));
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
        return upload;
    }

    /** Stores an uploaded image and adds it to the circuit's media; a refused file changes nothing. */
    void add(String fileName, byte[] bytes) {
        try {
            String path = media.storeImage(bytes, fileName).block(STORE_TIMEOUT);
            ArrayNode items = context.draft().array(MEDIA);
            ObjectNode medium = items.addObject();
            medium.put("id", freeId(Slug.of(fileName.replaceAll("\\.[^.]*$", ""), 30, "image")));
            medium.put("path", path);
            medium.put("type", "image");
            medium.putObject("alt");
            context.draft().changed();
            context.redraw();
        } catch (MediaRefusedException refused) {
            error(refused.getMessage());
        }
    }

    private Div item(int index, JsonNode medium) {
        Fields fields = context.fields();
        Pointer at = MEDIA.at(index);
        String path = medium.path("path").asString("");
        String circuitId = context.draft().text(Pointer.root().at("id"));
        Image preview = new Image(DownloadHandler.fromInputStream(download -> {
            MediaFile file = media.read(circuitId, path).block(STORE_TIMEOUT);
            if (file == null) {
                return DownloadResponse.error(404);
            }
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), path, file.contentType(),
                    file.bytes().length);
        }), "");
        preview.getElement().setAttribute("aria-hidden", "true");
        preview.getStyle().set("max-width", "10rem").set("max-height", "8rem").set("object-fit", "contain")
                .set("background", "var(--lumo-contrast-5pct)");
        var id = fields.text(at.at("id"), "Id");
        var alt = fields.localized(at.at("alt"), "Description for players who cannot see it", false);
        var credit = fields.text(at.at("credit"), "Credit");
        credit.setHelperText("Author and licence, e.g. \"Photo: Jeanne Martin, CC BY 4.0\".");
        var file = fields.bound(at.at("path"), new Paragraph("File: " + path));
        file.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        Button remove = new Button("Remove", VaadinIcon.TRASH.create(), click -> {
            context.draft().remove(at);
            context.redraw();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getElement().setAttribute("aria-label", "Remove the image " + medium.path("id").asString(""));
        VerticalLayout form = new VerticalLayout(id, alt, credit, file, remove);
        form.setPadding(false);
        FlexLayout row = new FlexLayout(preview, form);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.setFlexGrow(1, form);
        Div card = new Div(new H4("Image " + (index + 1)), row);
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius",
                "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return card;
    }

    private String freeId(String wanted) {
        var taken = CircuitNames.of(context.draft()).mediaIds();
        String id = wanted;
        for (int n = 2; taken.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
