package org.balise.web.drafts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes a draft's JSON, indented as authors read it in a text editor. */
public final class DraftJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DraftJson() {
    }

    /**
     * The circuit object in {@code json}.
     *
     * @throws DraftRefusedException when it is not JSON, or not an object, with where and why
     */
    public static ObjectNode parse(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException notJson) {
            var location = notJson.getLocation();
            String where = location == null || location.getLineNr() < 1 ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            throw new DraftRefusedException("This file is not valid JSON" + where + ": "
                    + notJson.getOriginalMessage() + ".");
        }
        if (tree instanceof ObjectNode circuit) {
            return circuit;
        }
        throw new DraftRefusedException("This file is JSON but not a circuit: a circuit is one object, { … }.");
    }

    public static String write(JsonNode circuit) {
        return JSON.writeValueAsString(circuit) + "\n";
    }

    public static JsonMapper mapper() {
        return JSON;
    }
}
