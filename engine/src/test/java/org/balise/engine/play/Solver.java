package org.balise.engine.play;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.play.team.GivenAnswer;
import org.balise.engine.play.team.OptionKeys;

/** A test's cheat sheet: the right (or a wrong) answer to any riddle, as a team's phone would send it. */
public final class Solver {

    private Solver() {
    }

    /** The right answer; null for riddles not answered by typing or choosing (location, photo). */
    public static GivenAnswer right(Riddle riddle, String teamId, String riddleKey) {
        return switch (riddle) {
            case TextRiddle text -> new GivenAnswer.Typed(text.answer().accepted().getFirst());
            case NumberRiddle number -> new GivenAnswer.Typed(format(number.answer().value()));
            case CodeRiddle code -> new GivenAnswer.Typed(code.answer().digits());
            case SingleChoiceRiddle choice -> new GivenAnswer.Chosen(
                    List.of(OptionKeys.key(teamId, riddleKey, choice.answer().correct())));
            case MultipleChoiceRiddle choice -> new GivenAnswer.Chosen(keys(teamId, riddleKey, choice.answer().correct()));
            case OrderingRiddle ordering -> new GivenAnswer.Ordered(keys(teamId, riddleKey, ordering.answer().order()));
            default -> null;
        };
    }

    /** A well-formed wrong answer; null where there is none to give. */
    public static GivenAnswer wrong(Riddle riddle, String teamId, String riddleKey) {
        return switch (riddle) {
            case TextRiddle ignored -> new GivenAnswer.Typed("Jacquemart de Notre-Dame");
            case NumberRiddle number -> new GivenAnswer.Typed(format(number.answer().value() + number.answer().tolerance() + 100));
            case CodeRiddle code -> new GivenAnswer.Typed(
                    (char) ('0' + (code.answer().digits().charAt(0) - '0' + 1) % 10) + code.answer().digits().substring(1));
            case SingleChoiceRiddle choice -> new GivenAnswer.Chosen(List.of(OptionKeys.key(teamId, riddleKey,
                    choice.options().stream().map(Option::id).filter(id -> !id.equals(choice.answer().correct()))
                            .findFirst().orElseThrow())));
            case MultipleChoiceRiddle choice -> new GivenAnswer.Chosen(
                    keys(teamId, riddleKey, choice.options().stream().map(Option::id).toList()));
            case OrderingRiddle ordering -> new GivenAnswer.Ordered(
                    keys(teamId, riddleKey, ordering.answer().order().reversed()));
            default -> null;
        };
    }

    private static List<String> keys(String teamId, String riddleKey, List<String> ids) {
        return ids.stream().map(id -> OptionKeys.key(teamId, riddleKey, id)).toList();
    }

    private static String format(double value) {
        return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
