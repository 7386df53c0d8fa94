package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balise.engine.track.TrackResources.readText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded GPX file is untrusted XML: it must never make the server read a file, a URL or its memory away. */
class XmlSafetyTest {

    private static final String REFUSAL = "the file declares a document type (<!DOCTYPE ...>), which Balise refuses"
            + " for safety. GPX files from phone apps have none: export the walk again.";

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the server's secret");
        String gpx = """
                <?xml version="1.0"?>
                <!DOCTYPE gpx [<!ENTITY stolen SYSTEM "%s">]>
                <gpx version="1.1"><trk><name>&stolen;</name><trkseg>
                <trkpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00Z</time></trkpt>
                </trkseg></trk></gpx>""".formatted(secret.toUri());

        assertThatThrownBy(() -> readText("walk.gpx", gpx))
                .isInstanceOf(TrackFileException.class)
                .hasMessage("Line 2: " + REFUSAL)
                .hasMessageNotContaining("secret");
    }

    @Test
    void anExternalDocumentTypeIsNeverFetched() {
        String gpx = """
                <?xml version="1.0"?>
                <!DOCTYPE gpx SYSTEM "http://127.0.0.1:9/evil.dtd">
                <gpx version="1.1"/>""";

        assertThatThrownBy(() -> readText("walk.gpx", gpx)).isInstanceOf(TrackFileException.class)
                .hasMessage("Line 2: " + REFUSAL);
    }

    @Test
    @Timeout(5)
    void nestedEntitiesCannotExhaustMemory() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String gpx = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [" + entities + "]>\n<gpx><trk><name>&lol10;</name></trk></gpx>";

        assertThatThrownBy(() -> readText("walk.gpx", gpx)).isInstanceOf(TrackFileException.class)
                .hasMessage("Line 2: " + REFUSAL);
    }

    @Test
    void anUndeclaredEntityIsAnXmlErrorNotAFileRead() {
        String gpx = "<gpx version=\"1.1\"><trk><name>&undeclared;</name></trk></gpx>";

        assertThatThrownBy(() -> readText("walk.gpx", gpx)).isInstanceOf(TrackFileException.class)
                .hasMessageStartingWith("Line 1: the file is not well-formed XML: ");
    }
}
