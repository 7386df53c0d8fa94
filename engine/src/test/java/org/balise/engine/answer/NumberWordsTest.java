package org.balise.engine.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            zéro                   | fr | 0
            un                     | fr | 1
            une                    | fr | 1
            deux                   | fr | 2
            trois                  | fr | 3
            dix                    | fr | 10
            onze                   | fr | 11
            seize                  | fr | 16
            dix-sept               | fr | 17
            dix-neuf               | fr | 19
            vingt                  | fr | 20
            vingt et un            | fr | 21
            vingt-et-un            | fr | 21
            vingt-deux             | fr | 22
            trente                 | fr | 30
            quarante-cinq          | fr | 45
            cinquante              | fr | 50
            soixante               | fr | 60
            soixante-dix           | fr | 70
            soixante et onze       | fr | 71
            soixante-douze         | fr | 72
            soixante-dix-neuf      | fr | 79
            quatre-vingts          | fr | 80
            quatre-vingt           | fr | 80
            quatre-vingt-un        | fr | 81
            quatre-vingt-dix       | fr | 90
            quatre-vingt-onze      | fr | 91
            quatre-vingt-dix-neuf  | fr | 99
            cent                   | fr | 100
            septante               | fr | 70
            septante-trois         | fr | 73
            huitante               | fr | 80
            nonante-neuf           | fr | 99
            zero                   | en | 0
            one                    | en | 1
            three                  | en | 3
            twelve                 | en | 12
            nineteen               | en | 19
            twenty                 | en | 20
            twenty-one             | en | 21
            forty two              | en | 42
            ninety-nine            | en | 99
            one hundred            | en | 100
            a hundred              | en | 100
            """)
    void readsSmallNumbersInWords(String phrase, String language, int value) {
        assertThat(NumberWords.value(phrase, language)).hasValue(value);
    }

    @Test
    void everyNumberUpToAHundredHasOneFrenchAndOneEnglishSpellingAtLeast() {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int n = 20; n < 100; n++) {
            String english = n % 10 == 0 ? tens[n / 10] : tens[n / 10] + "-" + units[n % 10];
            assertThat(NumberWords.value(english, "en")).as(english).hasValue(n);
        }
        for (int n = 0; n <= 100; n++) {
            assertThat(NumberWords.writeAsDigits(TextForm.words(french(n), false, false), List.of("fr")))
                    .as(french(n)).containsExactly(Integer.toString(n));
        }
    }

    @Test
    void aRegionalTagUsesItsPrimaryLanguage() {
        assertThat(NumberWords.value("septante", "fr-CH")).hasValue(70);
        assertThat(NumberWords.value("three", "en-GB")).hasValue(3);
    }

    @Test
    void aLanguageWithoutNumberWordsReadsNoNumber() {
        assertThat(NumberWords.value("drei", "de")).isEmpty();
    }

    @Test
    void theLongestSpellingWinsSoEightyIsNotFourAndTwenty() {
        assertThat(NumberWords.writeAsDigits(List.of("quatre", "vingt", "dix", "sept", "ans"), List.of("fr")))
                .containsExactly("97", "ans");
    }

    @Test
    void wordsThatAreNotNumbersAreKeptAsTheyAre() {
        assertThat(NumberWords.writeAsDigits(List.of("Pierre", "et", "Marie"), List.of("fr", "en")))
                .containsExactly("Pierre", "et", "Marie");
    }

    /** France's spelling, written independently of the tables under test. */
    private static String french(int n) {
        String[] units = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
        String[] tens = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
        if (n < 20) {
            return units[n];
        }
        if (n == 100) {
            return "cent";
        }
        if (n < 70) {
            int u = n % 10;
            return tens[n / 10] + (u == 0 ? "" : u == 1 ? " et un" : "-" + units[u]);
        }
        if (n < 80) {
            return n == 71 ? "soixante et onze" : "soixante-" + units[n - 60];
        }
        return n == 80 ? "quatre-vingts" : "quatre-vingt-" + units[n - 80];
    }
}
