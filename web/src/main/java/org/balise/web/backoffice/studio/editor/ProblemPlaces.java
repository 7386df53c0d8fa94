package org.balise.web.backoffice.studio.editor;

import java.util.List;
import java.util.Locale;
import org.balise.engine.circuit.validate.Pointer;

/** Where a problem is, in an author's words: "Station 3 “fontaine” › riddle › answer" rather than a JSON pointer. */
final class ProblemPlaces {

    private ProblemPlaces() {
    }

    static String describe(String pointer, DraftDocument draft) {
        List<String> tokens = Pointer.parse(pointer).tokens();
        if (tokens.isEmpty()) {
            return "Circuit";
        }
        StringBuilder place = new StringBuilder();
        int rest;
        if (tokens.size() >= 2 && tokens.get(1).matches("\\d+") && itemName(tokens.getFirst()) != null) {
            int index = Integer.parseInt(tokens.get(1));
            place.append(itemName(tokens.getFirst())).append(' ').append(index + 1);
            String id = draft.text(Pointer.root().at(tokens.getFirst()).at(index).at("id"));
            if (!id.isEmpty()) {
                place.append(" “").append(id).append('”');
            }
            rest = 2;
        } else {
            place.append(tokens.getFirst().equals("finalRiddle") ? "Final riddle" : "Circuit");
            rest = tokens.getFirst().equals("finalRiddle") ? 1 : 0;
        }
        for (String token : tokens.subList(rest, tokens.size())) {
            place.append(" › ").append(token.matches("\\d+") ? "#" + (Integer.parseInt(token) + 1) : words(token));
        }
        return place.toString();
    }

    private static String itemName(String list) {
        return switch (list) {
            case "stations" -> "Station";
            case "trades" -> "Trade";
            case "media" -> "Image";
            default -> null;
        };
    }

    /** {@code timeLimitSeconds} reads "time limit seconds". */
    private static String words(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
