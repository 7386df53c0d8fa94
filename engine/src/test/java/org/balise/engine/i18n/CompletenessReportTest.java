package org.balise.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletenessReportTest {

    private final Languages frenchAndEnglish = new Languages(List.of("fr", "en"), "fr");

    @Test
    void eachMissingTranslationIsListedByThePointerWhereItWouldGo() {
        CompletenessReport report = CompletenessReport.of(frenchAndEnglish, List.of(
                new Translatable("/title", new LocalizedText(Map.of("fr", "Titre", "en", "Title"))),
                new Translatable("/stations/0/title", LocalizedText.of("fr", "Fontaine")),
                new Translatable("/stations/1/title", LocalizedText.of("en", "Garden"))));

        assertThat(report.missing()).containsExactly(
                new MissingTranslation("/stations/0/title/en", "en", false),
                new MissingTranslation("/stations/1/title/fr", "fr", true));
        assertThat(report.isComplete()).isFalse();
        assertThat(report.missingIn("en")).extracting(MissingTranslation::pointer).containsExactly("/stations/0/title/en");
    }

    @Test
    void aLanguageTheDocumentDoesNotDeclareIsNeitherMissingNorCounted() {
        CompletenessReport report = CompletenessReport.of(frenchAndEnglish, List.of(
                new Translatable("/title", new LocalizedText(Map.of("fr", "Titre", "en", "Title", "de", "Titel")))));

        assertThat(report.isComplete()).isTrue();
    }
}
