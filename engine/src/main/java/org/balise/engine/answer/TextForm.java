package org.balise.engine.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The canonical form of typed text, so that two ways of writing the same answer compare equal.
 *
 * <p><b>Algorithm.</b>
 * <ol>
 *   <li>Unicode NFKC: compatibility forms become their plain letter (full-width "Ａ" → "A", "ﬁ" → "fi");</li>
 *   <li>unless accents count: NFD, combining marks removed, NFC again ("é" → "e"), and the letters NFD does not
 *       decompose folded by hand ("ø" → "o", "ł" → "l", "đ" → "d"); ligatures are always written out
 *       ("œ" → "oe", "æ" → "ae"), since phones rarely offer them;</li>
 *   <li>unless case counts: lower case in the root locale, "ß" → "ss";</li>
 *   <li>split into words of letters and digits: everything else (spaces, punctuation, apostrophes,
 *       hyphens) only separates words; a decimal digit of any script is written as an ASCII digit;</li>
 *   <li>number words of the given languages written as digits ({@link NumberWords}: "vingt-et-un" → "21");</li>
 *   <li>the words joined with nothing between them: spacing never matters.</li>
 * </ol>
 *
 * <p><b>Cost.</b> Linear in the text's length. <b>Thread-safety.</b> Stateless.
 */
public final class TextForm {

    private TextForm() {
    }

    /** The canonical form of {@code text}: see the class comment. */
    public static String canonical(String text, boolean caseSensitive, boolean accentSensitive, List<String> languages) {
        return String.join("", NumberWords.writeAsDigits(words(text, caseSensitive, accentSensitive), languages));
    }

    /** The text's words after steps 1 to 4 of the class comment. */
    public static List<String> words(String text, boolean caseSensitive, boolean accentSensitive) {
        String folded = fold(text, caseSensitive, accentSensitive);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                word.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Steps 1 to 3 of the class comment: normalization, accents and case, nothing removed yet. */
    public static String fold(String text, boolean caseSensitive, boolean accentSensitive) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        if (!accentSensitive) {
            folded = withoutAccents(folded);
        }
        if (!caseSensitive) {
            folded = folded.toLowerCase(Locale.ROOT).replace("ß", "ss");
            if (!accentSensitive) {
                // Lower-casing "İ" yields "i" plus a combining dot, which counts as an accent.
                folded = withoutAccents(folded);
            }
        }
        return folded;
    }

    private static String withoutAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(c -> plain.append(switch (c) {
                    case 'ø' -> "o";
                    case 'Ø' -> "O";
                    case 'ł' -> "l";
                    case 'Ł' -> "L";
                    case 'đ' -> "d";
                    case 'Đ' -> "D";
                    default -> Character.toString(c);
                }));
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }
}
