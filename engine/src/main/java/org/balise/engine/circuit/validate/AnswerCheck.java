package org.balise.engine.circuit.validate;

import static org.balise.engine.circuit.validate.Quote.quote;
import static org.balise.engine.circuit.validate.Quote.quoteAll;

import java.util.List;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.balise.engine.circuit.model.Circuit;

/**
 * Every answer is well-formed for its riddle's kind: accepted texts are not blank, correct choices are
 * options of the riddle, an ordering lists every item exactly once, a code holds digits only. (The schema
 * already made sure each kind that needs an answer has one.)
 */
final class AnswerCheck implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        for (Sites.RiddleSite site : Sites.riddles(circuit)) {
            Pointer answer = site.pointer().at("answer");
            switch (site.riddle()) {
                case TextRiddle text -> {
                    for (int k = 0; k < text.answer().accepted().size(); k++) {
                        if (text.answer().accepted().get(k).isBlank()) {
                            problems.error(answer.at("accepted").at(k), "An accepted answer must not be blank.");
                        }
                    }
                }
                case SingleChoiceRiddle choice -> {
                    if (!ids(choice.options()).contains(choice.answer().correct())) {
                        problems.error(answer.at("correct"), notAnOption(choice.answer().correct(), choice.options()));
                    }
                }
                case MultipleChoiceRiddle choice -> {
                    List<String> correct = choice.answer().correct();
                    for (int k = 0; k < correct.size(); k++) {
                        if (!ids(choice.options()).contains(correct.get(k))) {
                            problems.error(answer.at("correct").at(k), notAnOption(correct.get(k), choice.options()));
                        }
                    }
                }
                case OrderingRiddle ordering -> checkOrder(ordering, answer.at("order"), problems);
                case CodeRiddle code -> {
                    if (!code.answer().digits().chars().allMatch(c -> c >= '0' && c <= '9')) {
                        problems.error(answer.at("digits"),
                                "A code is made of digits only (0 to 9), such as \"0427\".");
                    }
                }
                default -> { }
            }
        }
    }

    private static void checkOrder(OrderingRiddle ordering, Pointer order, Problems problems) {
        List<String> items = ids(ordering.items());
        List<String> given = ordering.answer().order();
        for (int k = 0; k < given.size(); k++) {
            if (!items.contains(given.get(k))) {
                problems.error(order.at(k), quote(given.get(k)) + " is not one of this riddle's items ("
                        + quoteAll(items) + ").");
            }
        }
        List<String> missing = items.stream().filter(id -> !given.contains(id)).toList();
        if (!missing.isEmpty()) {
            problems.error(order, "The order leaves out " + quoteAll(missing)
                    + ": it must list every item exactly once.");
        }
    }

    private static String notAnOption(String id, List<Option> options) {
        return "The correct option " + quote(id) + " is not one of this riddle's options (" + quoteAll(ids(options)) + ").";
    }

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }
}
