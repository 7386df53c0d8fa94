package org.balise.engine.answer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as people type it on a phone: "42", "3,5", "3.5", "1 000", "1,000.5", "-7", "12 m",
 * "douze mètres", "twenty-one".
 *
 * <p><b>Algorithm.</b> After NFKC (full-width and other scripts' digits become ASCII digits):
 * <ul>
 *   <li>digits first: an optional sign, then digits with separators. Spaces and apostrophes group thousands.
 *       With both a comma and a dot, the last one is the decimal separator; with only one kind, a single
 *       occurrence is the decimal separator ("3,5" and "3.5" are 3.5) and several group thousands
 *       ("1.000.000"); groups of thousands have three digits ("12 3" is not a number). Whatever follows must
 *       hold no digit: it is taken for a unit and ignored ("12 m");</li>
 *   <li>otherwise words: the text's first words must spell a number in one of the languages
 *       ({@link NumberWords}), optionally after "moins" or "minus", and the rest must hold no number.</li>
 * </ul>
 *
 * <p><b>Limits.</b> "1,000" alone is read as 1.0, as French writes it; an English reader means a thousand.
 * Riddles should ask for numbers that a tolerance or their size make unambiguous. Thread-safe, stateless.
 */
public final class TypedNumber {

    private TypedNumber() {
    }

    /** The number {@code text} holds, if it holds exactly one. */
    public static OptionalDouble parse(String text, List<String> languages) {
        String normal = asciiDigits(Normalizer.normalize(text, Normalizer.Form.NFKC)).strip();
        OptionalDouble fromDigits = fromDigits(normal);
        return fromDigits.isPresent() ? fromDigits : fromWords(normal, languages);
    }

    private static OptionalDouble fromDigits(String text) {
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '−' || text.charAt(i) == '+')) {
            negative = text.charAt(i) != '+';
            i++;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        int start = i;
        while (i < text.length() && isNumberChar(text.charAt(i))) {
            i++;
        }
        String number = text.substring(start, i);
        String rest = text.substring(i);
        if (number.chars().noneMatch(TypedNumber::isAsciiDigit) || rest.chars().anyMatch(TypedNumber::isAsciiDigit)) {
            return OptionalDouble.empty();
        }
        String plain = plain(number.strip());
        if (plain == null) {
            return OptionalDouble.empty();
        }
        double value = new BigDecimal(plain).doubleValue();
        return OptionalDouble.of(negative ? -value : value);
    }

    /**
     * The number with a dot as its decimal separator and no grouping, or null if its separators make no sense
     * (groups of thousands must have three digits: "1 000" and "1.000.000", not "12 3" or "1..2").
     */
    private static @Nullable String plain(String number) {
        int lastComma = number.lastIndexOf(',');
        int lastDot = number.lastIndexOf('.');
        char decimal;
        if (lastComma >= 0 && lastDot >= 0) {
            decimal = lastComma > lastDot ? ',' : '.';
        } else {
            char separator = lastComma >= 0 ? ',' : '.';
            decimal = number.chars().filter(c -> c == separator).count() == 1 ? separator : 0;
        }
        int point = decimal == 0 ? -1 : number.lastIndexOf(decimal);
        String whole = point < 0 ? number : number.substring(0, point);
        String fraction = point < 0 ? "" : number.substring(point + 1);
        if (point >= 0 && !fraction.matches("[0-9]+")) {
            return null;
        }
        String[] groups = whole.split("[\\s'’.,]", -1);
        if (groups.length > 1) {
            if (!groups[0].matches("[0-9]{1,3}")) {
                return null;
            }
            for (int i = 1; i < groups.length; i++) {
                if (!groups[i].matches("[0-9]{3}")) {
                    return null;
                }
            }
        } else if (!whole.matches("[0-9]*") || whole.isEmpty() && fraction.isEmpty()) {
            return null;
        }
        String digits = String.join("", groups);
        return (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    private static OptionalDouble fromWords(String text, List<String> languages) {
        List<String> words = NumberWords.writeAsDigits(TextForm.words(text, false, false), languages);
        boolean negative = !words.isEmpty() && (words.getFirst().equals("moins") || words.getFirst().equals("minus"));
        List<String> rest = negative ? words.subList(1, words.size()) : words;
        if (rest.isEmpty() || !rest.getFirst().chars().allMatch(TypedNumber::isAsciiDigit)) {
            return OptionalDouble.empty();
        }
        boolean moreNumbers = rest.subList(1, rest.size()).stream()
                .anyMatch(word -> word.chars().anyMatch(TypedNumber::isAsciiDigit));
        if (moreNumbers) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(rest.getFirst());
        return OptionalDouble.of(negative ? -value : value);
    }

    private static boolean isNumberChar(char c) {
        return isAsciiDigit(c) || c == ',' || c == '.' || c == '\'' || c == '’' || c == ' ' || c == '\u00a0'
                || c == '\u202f' || c == '\u2009';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                ascii.append((char) ('0' + Character.digit(c, 10)));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        return ascii.toString();
    }
}
