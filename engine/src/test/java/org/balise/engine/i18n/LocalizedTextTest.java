package org.balise.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText text = new LocalizedText(Map.of("fr", "Bonjour", "en", "Hello", "pt-BR", "Olá"));

    @Test
    void aTextIsFoundInTheRequestedLanguage() {
        assertThat(text.resolve("en", "fr")).contains("Hello");
    }

    @Test
    void aRegionalRequestFallsBackToItsLanguage() {
        assertThat(text.resolve("en-GB", "fr")).contains("Hello");
    }

    @Test
    void aRegionalTextIsPreferredWhenItExists() {
        assertThat(text.resolve("pt-BR", "fr")).contains("Olá");
    }

    @Test
    void aMissingLanguageFallsBackToTheDefaultLanguage() {
        assertThat(text.resolve("de", "fr")).contains("Bonjour");
    }

    @Test
    void aTextWithoutTheRequestedNorTheDefaultLanguageResolvesToNothing() {
        assertThat(LocalizedText.of("en", "Hello").resolve("de", "fr")).isEmpty();
    }

    @Test
    void exactLookupDoesNotFallBack() {
        assertThat(text.in("de")).isEmpty();
        assertThat(text.in("pt")).isEmpty();
    }

    @Test
    void aTextIsACopyOfTheMapItWasMadeFrom() {
        Map<String, String> source = new HashMap<>(Map.of("fr", "Un"));
        LocalizedText copy = new LocalizedText(source);

        source.put("en", "One");

        assertThat(copy.languages()).containsExactly("fr");
    }

    @Test
    void aTextNeedsAtLeastOneLanguage() {
        assertThatThrownBy(() -> new LocalizedText(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languagesResolveThroughTheirDefaultLanguage() {
        Languages languages = new Languages(List.of("fr", "en"), "fr");

        assertThat(languages.resolve(LocalizedText.of("fr", "Bonjour"), "en")).isEqualTo("Bonjour");
    }

    @Test
    void aLanguageIsDescribedByItsEnglishNameAndTag() {
        assertThat(Languages.describe("fr")).isEqualTo("French (fr)");
        assertThat(Languages.describe("pt-BR")).isEqualTo("Portuguese (Brazil) (pt-BR)");
    }
}
