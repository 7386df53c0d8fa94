package org.balise.engine.i18n;

/**
 * A text that lacks a declared language.
 *
 * @param pointer where the missing text would go: the text's pointer followed by the language, e.g.
 *     {@code /stations/2/title/en}
 * @param language the missing language
 * @param isDefaultLanguage whether it is the default language, without which the text cannot be shown at all
 */
public record MissingTranslation(String pointer, String language, boolean isDefaultLanguage) {
}
