package org.balise.engine.play.view;

import java.util.List;
import java.util.Objects;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Media;
import org.balise.engine.i18n.LocalizedText;

/** Texts and media of one circuit for one reader: the team's language, then the circuit's default one. */
record Localizer(Circuit circuit, String language) {

    String text(LocalizedText text) {
        return circuit.languages().resolve(text, language);
    }

    /** The media with these ids, in order; an id the circuit lacks (validation forbids it) is skipped. */
    List<MediaView> media(List<String> ids) {
        return ids.stream()
                .map(id -> circuit.medium(id).orElse(null))
                .filter(Objects::nonNull)
                .map(this::medium)
                .toList();
    }

    private MediaView medium(Media media) {
        return new MediaView(media.id(), media.path(), media.type(), text(media.alt()), media.credit());
    }
}
