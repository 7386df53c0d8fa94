package org.balise.engine.circuit;

import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.validate.ValidationOptions;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A small valid circuit to start tests from, and a way to change one thing in it. */
public final class TestCircuits {

    /** Read from the test class path, where the engine's build copies game-content's schema. */
    public static final CircuitSchema SCHEMA = CircuitSchema.fromClasspath();

    public static final CircuitLoader LOADER = new CircuitLoader(SCHEMA, ValidationOptions.DEFAULT);

    /** Two stations near Dijon, French and English, on site, free order. Loads without any problem. */
    public static final String MINIMAL = """
            {
              "id": "minimal",
              "version": "1.0.0",
              "title": {"fr": "Minimal", "en": "Minimal"},
              "summary": {"fr": "Deux stations.", "en": "Two stations."},
              "languages": ["fr", "en"],
              "defaultLanguage": "fr",
              "modes": ["on-site"],
              "credits": {"authors": ["Balise"], "licence": "CC0-1.0"},
              "stations": [
                {
                  "id": "fontaine",
                  "title": {"fr": "Fontaine", "en": "Fountain"},
                  "zone": {"type": "Circle", "centre": {"lat": 47.3220, "lon": 5.0396}, "radius": 20},
                  "surveyed": true,
                  "onSite": {"description": {"fr": "Une fontaine.", "en": "A fountain."}},
                  "riddle": {
                    "type": "text",
                    "question": {"fr": "Son nom ?", "en": "Its name?"},
                    "answer": {"accepted": ["Bareuzai"]}
                  },
                  "points": 10
                },
                {
                  "id": "jardin",
                  "title": {"fr": "Jardin", "en": "Garden"},
                  "zone": {
                    "type": "Polygon",
                    "coordinates": [[[5.0310, 47.3228], [5.0310, 47.3220], [5.0325, 47.3220], [5.0325, 47.3228], [5.0310, 47.3228]]]
                  },
                  "surveyed": true,
                  "onSite": {"description": {"fr": "Un jardin.", "en": "A garden."}},
                  "riddle": {"type": "location-only", "question": {"fr": "Entrez.", "en": "Come in."}},
                  "points": 5
                }
              ],
              "progression": {"type": "free"}
            }
            """;

    private TestCircuits() {
    }

    /** The minimal circuit, to edit. */
    public static Edit minimal() {
        return new Edit((ObjectNode) JsonMapper.shared().readTree(MINIMAL));
    }

    /** A circuit under edit: each method changes one place, named by its JSON pointer. */
    public record Edit(ObjectNode root) {

        public Edit set(String pointer, Object value) {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode node = JsonMapper.shared().valueToTree(value);
            JsonNode parent = root.at(at.head());
            if (parent instanceof ArrayNode array) {
                int index = at.last().getMatchingIndex();
                if (index == array.size()) {
                    array.add(node);
                } else {
                    array.set(index, node);
                }
            } else {
                ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
            }
            return this;
        }

        /** Sets a value written as JSON text, e.g. {@code {"type": "graph"}}. */
        public Edit setJson(String pointer, String json) {
            return set(pointer, JsonMapper.shared().readTree(json));
        }

        public Edit remove(String pointer) {
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = root.at(at.head());
            if (parent instanceof ArrayNode array) {
                array.remove(at.last().getMatchingIndex());
            } else {
                ((ObjectNode) parent).remove(at.last().getMatchingProperty());
            }
            return this;
        }

        public String json() {
            return root.toString();
        }
    }
}
