package org.balise.web.backoffice.studio.editor;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The ids a form offers to choose from, read from the draft as it is now. */
public record CircuitNames(List<String> stationIds, List<String> mediaIds, List<String> tradeIds, List<String> clueIds,
        List<String> modes) {

    public static CircuitNames of(DraftDocument draft) {
        JsonNode root = draft.root();
        List<String> clues = new ArrayList<>();
        root.path("stations").forEach(station -> {
            JsonNode clue = station.path("rewards").path("clue").path("id");
            if (clue.isString()) {
                clues.add(clue.asString());
            }
        });
        List<String> modes = new ArrayList<>();
        root.path("modes").forEach(mode -> modes.add(mode.asString("")));
        return new CircuitNames(ids(root.path("stations")), ids(root.path("media")), ids(root.path("trades")),
                clues, modes);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> {
            if (item.path("id").isString() && !item.path("id").asString().isBlank()) {
                ids.add(item.path("id").asString());
            }
        });
        return ids;
    }
}
