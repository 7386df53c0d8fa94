package org.balise.web.drafts;

import java.util.List;
import org.balise.web.circuits.Slug;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an author says when starting a circuit from nothing. The draft it gives is not yet valid (it has no
 * station): the studio's checks then say what is left to write.
 *
 * @param languages the circuit's languages, the first being the default one
 * @param modes the modes in the format's words: {@code on-site}, {@code virtual}
 */
public record NewCircuit(String title, List<String> languages, List<String> modes) {

    public NewCircuit {
        languages = List.copyOf(languages);
        modes = List.copyOf(modes);
        if (title.isBlank() || languages.isEmpty() || modes.isEmpty()) {
            throw new DraftRefusedException("A new circuit needs a title, at least one language and one mode.");
        }
    }

    /** An id made of the title's words: lowercase letters without accents, digits and hyphens. */
    String suggestedId() {
        return Slug.of(title, 40, "circuit");
    }

    ObjectNode json(String circuitId, String author) {
        ObjectNode circuit = DraftJson.mapper().createObjectNode();
        circuit.put("id", circuitId);
        circuit.put("version", "1.0.0");
        circuit.putObject("title").put(languages.getFirst(), title.strip());
        circuit.putObject("summary");
        ArrayNode languageList = circuit.putArray("languages");
        languages.forEach(languageList::add);
        circuit.put("defaultLanguage", languages.getFirst());
        ArrayNode modeList = circuit.putArray("modes");
        modes.forEach(modeList::add);
        ObjectNode credits = circuit.putObject("credits");
        credits.putArray("authors").add(author);
        credits.put("licence", "CC-BY-4.0");
        circuit.putArray("stations");
        circuit.putObject("progression").put("type", "linear");
        return circuit;
    }
}
