package org.balise.engine.i18n;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The same text written in several languages, keyed by BCP 47 tag ({@code "fr"}, {@code "en"},
 * {@code "pt-BR"}). Immutable.
 *
 * <p>Resolution tries the requested tag, then its primary language ({@code "pt-BR"} → {@code "pt"}), then
 * the fallback language (a circuit's default language). A validated circuit has every text in its default
 * language, so resolution against it always finds one; an unvalidated text may have none, hence the
 * {@link Optional}.
 *
 * @param texts text by language tag; not empty
 */
public record LocalizedText(Map<String, String> texts) {

    public LocalizedText {
        texts = Map.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
    }

    /** A text in one language only: for tests and generated content. */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The text written exactly in this language, without any fallback. */
    public Optional<String> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text for a reader of {@code requested}, falling back to its primary language then to {@code fallback}. */
    public Optional<String> resolve(String requested, String fallback) {
        return in(requested)
                .or(() -> in(primaryLanguage(requested)))
                .or(() -> in(fallback));
    }

    /** The languages this text is written in. */
    public Set<String> languages() {
        return texts.keySet();
    }

    private static String primaryLanguage(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
