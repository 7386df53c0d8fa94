package org.balise.engine.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages a piece of content is written in and the one to fall back to.
 *
 * @param declared every language the content promises, in the author's order, without duplicates
 * @param defaultLanguage the fallback; one of {@code declared}
 */
public record Languages(List<String> declared, String defaultLanguage) {

    public Languages {
        declared = List.copyOf(declared);
        if (declared.isEmpty()) {
            throw new IllegalArgumentException("content needs at least one language");
        }
    }

    /** Resolves a text for a reader of {@code requested}, falling back to the default language. */
    public String resolve(LocalizedText text, String requested) {
        return text.resolve(requested, defaultLanguage).orElseThrow(() -> new IllegalArgumentException(
                "this text has no version in the default language " + defaultLanguage + ": " + text));
    }

    /** Whether this language is one of the declared ones. */
    public boolean declares(String language) {
        return declared.contains(language);
    }

    /**
     * A language's English name followed by its tag, e.g. {@code French (fr)}, for messages to authors.
     * Uses the JDK's locale data, so an unknown tag shows as itself.
     */
    public static String describe(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }
}
