package org.balise.web.circuits;

import java.text.Normalizer;
import java.util.Locale;

/** Words made into an id or a file name: lowercase letters without accents, digits and single hyphens. */
public final class Slug {

    private Slug() {
    }

    /** {@code "Fontaine d'Ouche"} gives {@code "fontaine-d-ouche"}; {@code fallback} when nothing is left. */
    public static String of(String words, int maxLength, String fallback) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (plain.length() > maxLength) {
            plain = plain.substring(0, maxLength).replaceAll("-$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }
}
