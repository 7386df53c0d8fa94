package org.balise.engine.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Whole numbers from 0 to {@value #MAX} written in words, so that "3", "trois" and "three" are one answer.
 *
 * <p><b>Languages.</b> French ({@code fr}: standard spellings with and without hyphens and "et", "quatre-vingts"
 * with or without its "s", and the Belgian and Swiss "septante", "huitante", "octante", "nonante") and English
 * ({@code en}: "twenty-one", "twenty one", "one hundred", "a hundred"). A regional tag uses its primary
 * language ({@code fr-CA} → {@code fr}); other languages have no number words, so only digits count there.
 *
 * <p><b>Algorithm.</b> Every spelling of every number is generated once into a table keyed by its words
 * (lower case, without accents). A list of words is read left to right; at each word the longest run of
 * words that spells a number in one of the languages (in the order given) is replaced by its digits.
 *
 * <p><b>Limits.</b> Numbers above {@value #MAX} ("trois cents") are not read as one number: their words become
 * separate numbers, the same way on both sides of a comparison. Ordinals ("troisième") are not numbers.
 *
 * <p><b>Thread-safety.</b> The tables are built once and never change.
 */
public final class NumberWords {

    /** The largest number written in words that is recognised. */
    public static final int MAX = 100;

    // Declared before the tables, which static initialization builds in textual order.
    private static final String[] FRENCH_UNITS = {"zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
        "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit",
        "dix neuf"};

    private static final Map<String, Map<List<String>, Integer>> SPELLINGS = Map.of("fr", french(), "en", english());
    private static final int LONGEST = SPELLINGS.values().stream()
            .flatMap(table -> table.keySet().stream())
            .mapToInt(List::size)
            .max()
            .orElse(1);

    private NumberWords() {
    }

    /** The languages that have number words here. */
    public static Set<String> languages() {
        return SPELLINGS.keySet();
    }

    /** The number {@code phrase} spells in {@code language}, if it spells one. */
    public static OptionalInt value(String phrase, String language) {
        Integer value = table(language).get(keys(TextForm.words(phrase, false, false)));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The words with every spelled-out number written as digits, trying {@code languages} in order.
     * Words that are not number words are kept as they are.
     */
    public static List<String> writeAsDigits(List<String> words, List<String> languages) {
        List<Map<List<String>, Integer>> tables = languages.stream().map(NumberWords::table)
                .filter(table -> !table.isEmpty()).distinct().toList();
        if (tables.isEmpty()) {
            return words;
        }
        List<String> keys = keys(words);
        List<String> result = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int length = 0;
            Integer value = null;
            for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && value == null; n--) {
                List<String> run = keys.subList(i, i + n);
                for (Map<List<String>, Integer> table : tables) {
                    value = table.get(run);
                    if (value != null) {
                        length = n;
                        break;
                    }
                }
            }
            if (value == null) {
                result.add(words.get(i));
                i++;
            } else {
                result.add(Integer.toString(value));
                i += length;
            }
        }
        return result;
    }

    private static Map<List<String>, Integer> table(String language) {
        int dash = language.indexOf('-');
        String primary = (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
        return SPELLINGS.getOrDefault(primary, Map.of());
    }

    private static List<String> keys(List<String> words) {
        return words.stream().map(word -> TextForm.fold(word, false, false)).toList();
    }

    private static Map<List<String>, Integer> french() {
        Map<List<String>, Integer> table = new HashMap<>();
        for (int n = 0; n < 20; n++) {
            put(table, FRENCH_UNITS[n], n);
        }
        put(table, "une", 1);
        String[] tens = {"vingt", "trente", "quarante", "cinquante", "soixante"};
        for (int t = 0; t < tens.length; t++) {
            frenchTensAndUnits(table, tens[t], 20 + 10 * t);
        }
        // Seventy and ninety count on from sixty and eighty: "soixante-douze", "quatre-vingt-dix-neuf".
        frenchTensAndTeens(table, "soixante", 60);
        put(table, "quatre vingts", 80);
        put(table, "quatre vingt", 80);
        for (int u = 1; u < 10; u++) {
            put(table, "quatre vingt " + FRENCH_UNITS[u], 80 + u);
        }
        put(table, "quatre vingt une", 81);
        frenchTensAndTeens(table, "quatre vingt", 80);
        // Belgian and Swiss French.
        frenchTensAndUnits(table, "septante", 70);
        frenchTensAndUnits(table, "huitante", 80);
        frenchTensAndUnits(table, "octante", 80);
        frenchTensAndUnits(table, "nonante", 90);
        put(table, "cent", 100);
        return Map.copyOf(table);
    }

    /** {@code tens}, then "et un", then two to nine: e.g. "trente", "trente et un", "trente-deux". */
    private static void frenchTensAndUnits(Map<List<String>, Integer> table, String tens, int value) {
        put(table, tens, value);
        put(table, tens + " et un", value + 1);
        put(table, tens + " et une", value + 1);
        put(table, tens + " un", value + 1);
        for (int u = 2; u < 10; u++) {
            put(table, tens + " " + FRENCH_UNITS[u], value + u);
        }
    }

    /** {@code tens} followed by ten to nineteen: e.g. "soixante-dix", "soixante et onze", "soixante-douze". */
    private static void frenchTensAndTeens(Map<List<String>, Integer> table, String tens, int value) {
        for (int u = 10; u < 20; u++) {
            put(table, tens + " " + FRENCH_UNITS[u], value + u);
        }
        put(table, tens + " et onze", value + 11);
    }

    private static Map<List<String>, Integer> english() {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        Map<List<String>, Integer> table = new HashMap<>();
        for (int n = 0; n < 20; n++) {
            put(table, units[n], n);
        }
        for (int t = 0; t < tens.length; t++) {
            int value = 20 + 10 * t;
            put(table, tens[t], value);
            for (int u = 1; u < 10; u++) {
                put(table, tens[t] + " " + units[u], value + u);
            }
        }
        put(table, "one hundred", 100);
        put(table, "a hundred", 100);
        put(table, "hundred", 100);
        return Map.copyOf(table);
    }

    private static void put(Map<List<String>, Integer> table, String spelling, int value) {
        Integer previous = table.put(List.of(spelling.split(" ")), value);
        if (previous != null && previous != value) {
            throw new IllegalStateException(spelling + " spells both " + previous + " and " + value);
        }
    }
}
