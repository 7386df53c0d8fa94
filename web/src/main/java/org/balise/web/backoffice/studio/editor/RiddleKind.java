package org.balise.web.backoffice.studio.editor;

import java.util.Arrays;
import java.util.Optional;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The kinds of riddle, as the format names them and as authors read them. */
enum RiddleKind {
    TEXT("text", "Free text answer"),
    NUMBER("number", "Number"),
    SINGLE_CHOICE("single-choice", "One choice"),
    MULTIPLE_CHOICE("multiple-choice", "Several choices"),
    ORDERING("ordering", "Put in order"),
    CODE("code", "Code"),
    LOCATION_ONLY("location-only", "Find the place"),
    PHOTO("photo", "Photo");

    /** How many options or items a new choice or ordering riddle starts with: the format asks for two. */
    private static final int FIRST_ITEMS = 3;

    private final String json;
    private final String label;

    RiddleKind(String json, String label) {
        this.json = json;
        this.label = label;
    }

    String json() {
        return json;
    }

    String label() {
        return label;
    }

    static Optional<RiddleKind> of(String json) {
        return Arrays.stream(values()).filter(kind -> kind.json.equals(json)).findFirst();
    }

    /**
     * Writes the parts of a riddle of this kind replacing {@code previous}: options or items with ids, and
     * for an ordering, the order they are listed in. Between one choice and several choices the options stay,
     * and the right answer too when the new kind can hold it. Texts and answers are otherwise the author's to
     * write: their absence is what the checks point at.
     */
    void writeParts(JsonNode previous, ObjectNode riddle) {
        switch (this) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (previous.path("options").isArray() && !previous.path("options").isEmpty()) {
                    riddle.set("options", previous.get("options"));
                    rightAnswerFrom(previous.path("answer").path("correct"))
                            .ifPresent(correct -> riddle.putObject("answer").set("correct", correct));
                } else {
                    addItems(riddle.putArray("options"), "option");
                }
            }
            case ORDERING -> {
                ArrayNode items = riddle.putArray("items");
                addItems(items, "item");
                ArrayNode order = riddle.putObject("answer").putArray("order");
                FreeIds.idsOf(items).forEach(order::add);
            }
            default -> { }
        }
    }

    /** The right answer a riddle of the other choice kind had, as this kind writes it, if it can hold it. */
    private Optional<JsonNode> rightAnswerFrom(JsonNode correct) {
        if (this == MULTIPLE_CHOICE && correct.isString()) {
            return Optional.of(DraftJson.mapper().createArrayNode().add(correct));
        }
        if (this == SINGLE_CHOICE && correct.isArray() && correct.size() == 1) {
            return Optional.of(correct.get(0));
        }
        return Optional.empty();
    }

    private static void addItems(ArrayNode items, String prefix) {
        for (int n = 1; n <= FIRST_ITEMS; n++) {
            items.addObject().put("id", prefix + "-" + n);
        }
    }
}
