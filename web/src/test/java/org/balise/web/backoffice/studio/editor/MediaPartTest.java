package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Images uploaded in the editor, stored in the real (embedded) store. */
@ExtendWith({RunningBaliseExtension.class, CurrentUi.class})
class MediaPartTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private final CircuitMedia media;

    MediaPartTest(RunningBalise balise) {
        media = balise.shared().getBean(CircuitMedia.class);
    }

    @Test
    void anUploadedImageJoinsTheMediaUnderAnIdMadeOfItsNameAndIsStored() {
        Editing editing = Editing.of("{\"id\": \"m\", \"languages\": [\"fr\", \"en\"]}", context -> new MediaPart(context, media));

        ((MediaPart) editing.shown()).add("Façade Est.png", PNG);
        ((MediaPart) editing.shown()).add("Façade Est.png", PNG);

        JsonNode items = editing.draft.root().path("media");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("id").asString()).isEqualTo("facade-est");
        assertThat(items.get(1).path("id").asString()).isEqualTo("facade-est-2");
        assertThat(items.get(0).path("type").asString()).isEqualTo("image");
        String path = items.get(0).path("path").asString();
        assertThat(media.read("m", path).block().bytes()).isEqualTo(PNG);
        assertThat(editing.redraws()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAnImageChangesNothing() {
        Editing editing = Editing.of("{\"id\": \"m\", \"languages\": [\"fr\"]}", context -> new MediaPart(context, media));

        ((MediaPart) editing.shown()).add("notes.png", "just text".getBytes());

        assertThat(editing.draft.root().path("media").isEmpty()).isTrue();
        assertThat(editing.changes()).isZero();
    }
}
