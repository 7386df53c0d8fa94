package org.balise.engine.i18n;

/**
 * A localized text and where it sits in its document.
 *
 * @param pointer the text's JSON pointer (RFC 6901), e.g. {@code /stations/2/title}
 * @param text the text
 */
public record Translatable(String pointer, LocalizedText text) {
}
