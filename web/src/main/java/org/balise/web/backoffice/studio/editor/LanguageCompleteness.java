package org.balise.web.backoffice.studio.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.validate.Pointer;
import tools.jackson.databind.JsonNode;

/**
 * Which texts of a draft are written in which of its languages. A text is an object whose properties are
 * all language tags with text values, as the format writes them: {@code {"fr": "…", "en": "…"}}.
 */
record LanguageCompleteness(List<String> languages, List<Text> texts) {

    /** One text of the draft and the languages it lacks. */
    record Text(String pointer, List<String> missing) {
    }

    static LanguageCompleteness of(DraftDocument draft) {
        List<String> languages = draft.languages();
        List<Text> texts = new ArrayList<>();
        collect(draft.root(), Pointer.root(), languages, texts);
        return new LanguageCompleteness(languages, texts);
    }

    long written(String language) {
        return texts.stream().filter(text -> !text.missing().contains(language)).count();
    }

    List<Text> incomplete() {
        return texts.stream().filter(text -> !text.missing().isEmpty()).toList();
    }

    private static void collect(JsonNode node, Pointer at, List<String> languages, List<Text> texts) {
        if (isText(node)) {
            List<String> missing = languages.stream()
                    .filter(language -> node.path(language).asString("").isBlank()).toList();
            texts.add(new Text(at.toString(), missing));
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (!property.getKey().equals("languages")) {
                    collect(property.getValue(), at.at(property.getKey()), languages, texts);
                }
            }
        } else if (node.isArray()) {
            for (int k = 0; k < node.size(); k++) {
                collect(node.get(k), at.at(k), languages, texts);
            }
        }
    }

    private static boolean isText(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!property.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") || !property.getValue().isString()) {
                return false;
            }
        }
        return true;
    }
}
