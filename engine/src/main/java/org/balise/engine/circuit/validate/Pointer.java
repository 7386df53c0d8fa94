package org.balise.engine.circuit.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON pointer (RFC 6901) built token by token, so that no caller escapes {@code ~} and {@code /} by hand.
 *
 * @param tokens the unescaped reference tokens; empty for the whole document
 */
public record Pointer(List<String> tokens) {

    private static final Pointer ROOT = new Pointer(List.of());

    public Pointer {
        tokens = List.copyOf(tokens);
    }

    /** The whole document. */
    public static Pointer root() {
        return ROOT;
    }

    /** Parses an RFC 6901 pointer such as {@code /stations/2/zone}. */
    public static Pointer parse(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with /, was " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return new Pointer(tokens);
    }

    /** The pointer to a property of the object this pointer designates. */
    public Pointer at(String property) {
        List<String> longer = new ArrayList<>(tokens);
        longer.add(property);
        return new Pointer(longer);
    }

    /** The pointer to an element of the array this pointer designates. */
    public Pointer at(int index) {
        return at(Integer.toString(index));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            text.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return text.toString();
    }
}
