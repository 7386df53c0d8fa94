package org.balise.web.api;

import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.riddle.CodeRiddle;
import org.balise.engine.circuit.riddle.LocationRiddle;
import org.balise.engine.circuit.riddle.MultipleChoiceRiddle;
import org.balise.engine.circuit.riddle.NumberRiddle;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.circuit.riddle.Riddle;
import org.balise.engine.circuit.riddle.SingleChoiceRiddle;
import org.balise.engine.circuit.riddle.TextRiddle;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The right answer to a riddle, as a phone would send it: read from the circuit (which only the test
 * knows), with options named by the keys the team's view shows, matched through their texts.
 */
final class Answers {

    private Answers() {
    }

    /** The answer's JSON, or null for riddles not answered by typing or choosing. */
    static @Nullable Map<String, Object> rightAnswer(Riddle riddle, JsonNode riddleView, String language) {
        return switch (riddle) {
            case TextRiddle text -> Map.of("text", text.answer().accepted().getFirst());
            case NumberRiddle number -> Map.of("text", format(number.answer().value()));
            case CodeRiddle code -> Map.of("text", code.answer().digits());
            case SingleChoiceRiddle single -> Map.of("chosen",
                    List.of(key(single.options(), single.answer().correct(), riddleView, language)));
            case MultipleChoiceRiddle multiple -> Map.of("chosen", multiple.answer().correct().stream()
                    .map(id -> key(multiple.options(), id, riddleView, language)).toList());
            case OrderingRiddle ordering -> Map.of("ordered", ordering.answer().order().stream()
                    .map(id -> key(ordering.items(), id, riddleView, language)).toList());
            case LocationRiddle location -> null;
            case PhotoRiddle photo -> null;
        };
    }

    private static String key(List<Option> options, String id, JsonNode riddleView, String language) {
        Option option = options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
        String text = option.text().in(language).orElseThrow();
        for (JsonNode shown : riddleView.get("options")) {
            if (shown.get("text").asString().equals(text)) {
                return shown.get("key").asString();
            }
        }
        throw new AssertionError("The view shows no option reading " + text);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
