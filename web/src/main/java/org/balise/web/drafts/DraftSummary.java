package org.balise.web.drafts;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What lists show of a draft, read leniently from its JSON: whatever is missing or malformed is empty. */
record DraftSummary(String circuitId, String version, Map<String, String> title) {

    static DraftSummary of(JsonNode circuit) {
        Map<String, String> title = new LinkedHashMap<>();
        circuit.path("title").properties().forEach(entry -> {
            if (entry.getValue().isString()) {
                title.put(entry.getKey(), entry.getValue().asString());
            }
        });
        return new DraftSummary(text(circuit, "id"), text(circuit, "version"), title);
    }

    private static String text(JsonNode circuit, String property) {
        JsonNode value = circuit.path(property);
        return value.isString() ? value.asString() : "";
    }
}
