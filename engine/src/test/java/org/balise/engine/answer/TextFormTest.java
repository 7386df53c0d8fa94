package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormTest {

    private static final List<String> FR_EN = List.of("fr", "en");

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bareuzai                 | bareuzai
            BAREUZAÏ                 | bareuzai
            le  Bareuzaï !           | lebareuzai
            Saint-Bénigne            | saintbenigne
            l’église Notre‑Dame      | leglisenotredame
            Ｄｉｊｏｎ               | dijon
            cœur                     | coeur
            Straße                   | strasse
            Łódź                     | lodz
            vingt-et-un              | 21
            trois                    | 3
            three                    | 3
            quatre-vingt-dix-neuf    | 99
            ٣                        | 3
            """)
    void foldsCaseAccentsPunctuationSpacingAndNumberWords(String typed, String canonical) {
        assertThat(TextForm.canonical(typed, false, false, FR_EN)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\" keeps its case: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bareuzai  | Bareuzai
            Dijon !   | Dijon
            """)
    void aCaseSensitiveFormKeepsCapitals(String typed, String canonical) {
        assertThat(TextForm.canonical(typed, true, false, FR_EN)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\" keeps its accents: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Bénigne  | bénigne
            Notre-Dame de l'Été | notredamedelété
            """)
    void anAccentSensitiveFormKeepsAccents(String typed, String canonical) {
        assertThat(TextForm.canonical(typed, false, true, FR_EN)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\" stays words without number words in another language")
    @CsvSource({"trois, trois", "three, three", "drei, drei"})
    void numberWordsCountOnlyInTheCircuitsLanguages(String typed, String canonical) {
        assertThat(TextForm.canonical(typed, false, false, List.of("de"))).isEqualTo(canonical);
    }
}
