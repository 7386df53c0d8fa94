package org.balise.web.backoffice.studio.editor;

import org.balise.engine.circuit.validate.Pointer;

/**
 * Element ids made from the JSON pointer a control works on ({@code /stations/0/hints/1} and "remove" give
 * {@code stations-0-hints-1-remove}), so that they are unique on a page and tests can find them.
 */
final class DomIds {

    private DomIds() {
    }

    static String of(Pointer pointer, String... suffixes) {
        StringBuilder id = new StringBuilder(String.join("-", pointer.tokens()));
        for (String suffix : suffixes) {
            id.append(id.isEmpty() ? "" : "-").append(suffix);
        }
        return id.toString();
    }
}
