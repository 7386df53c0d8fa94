package org.balise.engine.circuit.validate;

import java.util.Collection;
import java.util.stream.Collectors;

/** How messages show values to authors: ids in double quotes, lists separated by commas. */
final class Quote {

    private Quote() {
    }

    static String quote(String value) {
        return "\"" + value + "\"";
    }

    static String quoteAll(Collection<String> values) {
        return values.stream().map(Quote::quote).collect(Collectors.joining(", "));
    }
}
