package org.balise.web.backoffice.studio;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** A link downloading a circuit as the JSON file the engine loads. */
final class JsonDownload {

    private JsonDownload() {
    }

    static Anchor link(String text, String fileName, Supplier<String> json) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = json.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create());
        link.add(" " + text);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", text + " (" + fileName + ")");
        return link;
    }

    static String fileName(String circuitId, String version) {
        return (circuitId.isEmpty() ? "circuit" : circuitId) + (version.isEmpty() ? "" : "-" + version) + ".json";
    }
}
