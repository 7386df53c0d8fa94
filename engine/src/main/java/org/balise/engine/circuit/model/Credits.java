package org.balise.engine.circuit.model;

import java.util.List;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Who made a circuit and how it may be reused.
 *
 * @param authors people or organisations, at least one
 * @param licence an SPDX licence identifier, e.g. {@code CC-BY-SA-4.0}
 * @param notice thanks and sources for the credits screen; null when there are none
 */
public record Credits(List<String> authors, String licence, @Nullable LocalizedText notice) {

    public Credits {
        authors = List.copyOf(authors);
    }
}
