package org.balise.engine.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * Every missing translation of a document, in document order then declared-language order.
 *
 * <p>Only declared languages count: a text in a language the document does not declare is neither missing
 * nor counted here (validation reports it separately).
 *
 * @param missing the missing translations
 */
public record CompletenessReport(List<MissingTranslation> missing) {

    public CompletenessReport {
        missing = List.copyOf(missing);
    }

    /** Checks each text against each declared language. Linear in texts × languages. */
    public static CompletenessReport of(Languages languages, List<Translatable> texts) {
        List<MissingTranslation> missing = new ArrayList<>();
        for (Translatable translatable : texts) {
            for (String language : languages.declared()) {
                if (translatable.text().in(language).isEmpty()) {
                    missing.add(new MissingTranslation(
                            translatable.pointer() + "/" + language,
                            language,
                            language.equals(languages.defaultLanguage())));
                }
            }
        }
        return new CompletenessReport(missing);
    }

    /** Whether every text exists in every declared language. */
    public boolean isComplete() {
        return missing.isEmpty();
    }

    /** The translations missing in one language. */
    public List<MissingTranslation> missingIn(String language) {
        return missing.stream().filter(m -> m.language().equals(language)).toList();
    }
}
