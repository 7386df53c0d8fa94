package org.balise.engine.answer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.Matching;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;

/**
 * Checks a team's response against a riddle's answer: the only place where answers are compared.
 *
 * <p><b>Rules by kind.</b>
 * <ul>
 *   <li><b>text</b>: equal as written ({@link Match#EXACT}); else equal in canonical form ({@link TextForm}:
 *       case and accents folded unless the riddle's {@link Matching} says they count, punctuation and spacing
 *       ignored, number words as digits in each of the circuit's languages) ({@link Match#SAME_FORM}); else,
 *       if the riddle tolerates typos, within {@link TypoTolerance#allowedEdits} edits ({@link EditDistance})
 *       of an accepted answer whose digits are the same ({@link Match#TYPO}): a mistyped word is forgiven, a
 *       wrong number never ("1945" is not "1946");</li>
 *   <li><b>number</b>: read by {@link TypedNumber}; right within the riddle's tolerance;</li>
 *   <li><b>code</b>: digits only (spaces, dashes and dots between them ignored), all of them, in order, no
 *       typo forgiven;</li>
 *   <li><b>single and multiple choice</b>: exactly the right option, or exactly the set of right options;</li>
 *   <li><b>ordering</b>: every item once, in exactly the right order;</li>
 *   <li><b>location-only and photo</b>: nothing to check here (being there, or the teacher, decides).</li>
 * </ul>
 * A response of the wrong shape, an unknown option or text that is not a number is {@link Verdict.Unreadable}:
 * the team is told why, and it does not count as an attempt.
 *
 * <p><b>Cost.</b> Linear in the texts, except typo tolerance: O(m·n) per accepted answer, on words of a few
 * dozen letters. <b>Thread-safety.</b> Stateless.
 */
public final class AnswerChecker {

    private AnswerChecker() {
    }

    /**
     * The verdict on {@code response} to {@code riddle}.
     *
     * @param languages the circuit's languages, whose number words count as numbers (e.g. {@code [fr, en]})
     */
    public static Verdict check(Riddle riddle, Response response, List<String> languages) {
        return switch (riddle) {
            case TextRiddle text -> typed(response).map(given -> text(text.answer(), given, languages))
                    .orElse(new Verdict.Unreadable("This riddle expects a typed answer."));
            case NumberRiddle number -> typed(response).map(given -> number(number.answer(), given, languages))
                    .orElse(new Verdict.Unreadable("This riddle expects a number."));
            case CodeRiddle code -> typed(response).map(given -> code(code.answer(), given))
                    .orElse(new Verdict.Unreadable("This riddle expects a code."));
            case SingleChoiceRiddle choice -> single(choice, response);
            case MultipleChoiceRiddle choice -> multiple(choice, response);
            case OrderingRiddle ordering -> ordering(ordering, response);
            case LocationRiddle ignored -> new Verdict.Unreadable("Being at the station is the answer to this riddle.");
            case PhotoRiddle ignored -> new Verdict.Unreadable("This riddle is answered with a photo.");
        };
    }

    private static Optional<String> typed(Response response) {
        return response instanceof Response.Typed typed ? Optional.of(typed.text()) : Optional.empty();
    }

    private static Verdict text(TextRiddle.Answer answer, String given, List<String> languages) {
        Matching matching = answer.matching();
        String givenForm = TextForm.canonical(given, matching.caseSensitive(), matching.accentSensitive(), languages);
        if (givenForm.isEmpty()) {
            return new Verdict.Unreadable("The answer is empty.");
        }
        String givenAsWritten = asWritten(given);
        for (String accepted : answer.accepted()) {
            if (asWritten(accepted).equals(givenAsWritten)) {
                return new Verdict.Correct(Match.EXACT, 0);
            }
        }
        List<String> acceptedForms = answer.accepted().stream()
                .map(accepted -> TextForm.canonical(accepted, matching.caseSensitive(), matching.accentSensitive(), languages))
                .toList();
        if (acceptedForms.contains(givenForm)) {
            return new Verdict.Correct(Match.SAME_FORM, 0);
        }
        if (matching.typoTolerance()) {
            String givenDigits = digits(givenForm);
            int best = Integer.MAX_VALUE;
            for (String acceptedForm : acceptedForms) {
                int allowed = TypoTolerance.allowedEdits(acceptedForm.codePointCount(0, acceptedForm.length()));
                if (allowed > 0 && digits(acceptedForm).equals(givenDigits)
                        && EditDistance.within(givenForm, acceptedForm, allowed)) {
                    best = Math.min(best, EditDistance.between(givenForm, acceptedForm));
                }
            }
            if (best != Integer.MAX_VALUE) {
                return new Verdict.Correct(Match.TYPO, best);
            }
        }
        return new Verdict.Incorrect();
    }

    private static Verdict number(NumberRiddle.Answer answer, String given, List<String> languages) {
        OptionalDouble value = TypedNumber.parse(given, languages);
        if (value.isEmpty()) {
            return new Verdict.Unreadable("This riddle expects a number, such as 42 or 3.5.");
        }
        double difference = Math.abs(value.getAsDouble() - answer.value());
        if (difference == 0) {
            return new Verdict.Correct(Match.EXACT, 0);
        }
        // A hair of slack so that a tolerance of 0.1 accepts 3.1 for 3.0 despite binary fractions.
        double slack = 1e-9 * Math.max(1, Math.abs(answer.value()));
        return difference <= answer.tolerance() + slack ? new Verdict.Correct(Match.WITHIN_TOLERANCE, 0) : new Verdict.Incorrect();
    }

    private static Verdict code(CodeRiddle.Answer answer, String given) {
        String digits = TextForm.fold(given, true, true).replaceAll("[\\s\\-._/]", "");
        StringBuilder ascii = new StringBuilder();
        boolean onlyDigits = !digits.isEmpty();
        for (int i = 0; i < digits.length() && onlyDigits; i++) {
            char c = digits.charAt(i);
            onlyDigits = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
            ascii.append((char) ('0' + Character.digit(c, 10)));
        }
        if (!onlyDigits) {
            return new Verdict.Unreadable("A code is made of digits only.");
        }
        return ascii.toString().equals(answer.digits()) ? new Verdict.Correct(Match.EXACT, 0) : new Verdict.Incorrect();
    }

    private static Verdict single(SingleChoiceRiddle riddle, Response response) {
        if (!(response instanceof Response.Chosen chosen) || chosen.optionIds().size() != 1) {
            return new Verdict.Unreadable("Choose exactly one option.");
        }
        String id = chosen.optionIds().getFirst();
        if (!ids(riddle.options()).contains(id)) {
            return new Verdict.Unreadable("That is not one of the options.");
        }
        return id.equals(riddle.answer().correct()) ? new Verdict.Correct(Match.EXACT, 0) : new Verdict.Incorrect();
    }

    private static Verdict multiple(MultipleChoiceRiddle riddle, Response response) {
        if (!(response instanceof Response.Chosen chosen) || chosen.optionIds().isEmpty()) {
            return new Verdict.Unreadable("Tick the right options.");
        }
        Set<String> given = new HashSet<>(chosen.optionIds());
        if (!ids(riddle.options()).containsAll(given)) {
            return new Verdict.Unreadable("That is not one of the options.");
        }
        return given.equals(new HashSet<>(riddle.answer().correct())) ? new Verdict.Correct(Match.EXACT, 0) : new Verdict.Incorrect();
    }

    private static Verdict ordering(OrderingRiddle riddle, Response response) {
        if (!(response instanceof Response.Ordered ordered)) {
            return new Verdict.Unreadable("Put the items in order.");
        }
        List<String> items = ids(riddle.items());
        if (ordered.itemIds().size() != items.size() || !new HashSet<>(ordered.itemIds()).equals(new HashSet<>(items))) {
            return new Verdict.Unreadable("Put every item in the order, each once.");
        }
        return ordered.itemIds().equals(riddle.answer().order()) ? new Verdict.Correct(Match.EXACT, 0) : new Verdict.Incorrect();
    }

    private static String asWritten(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static String digits(String form) {
        return form.replaceAll("[^0-9]", "");
    }

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }
}
