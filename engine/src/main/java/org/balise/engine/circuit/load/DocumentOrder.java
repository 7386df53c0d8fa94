package org.balise.engine.circuit.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Orders problems as their places appear in the file, so that an author reads them top to bottom. A place
 * that does not exist (a missing property) comes after its parent's existing children; at the same place,
 * errors come before warnings.
 */
final class DocumentOrder {

    private DocumentOrder() {
    }

    static List<Problem> sort(List<Problem> problems, JsonNode document) {
        Comparator<Problem> order = Comparator
                .comparing((Problem p) -> position(document, Pointer.parse(p.pointer())), DocumentOrder::compare)
                .thenComparing(Problem::severity)
                .thenComparing(Problem::message);
        return problems.stream().sorted(order).toList();
    }

    private static List<Integer> position(JsonNode document, Pointer pointer) {
        List<Integer> position = new ArrayList<>();
        JsonNode node = document;
        for (String token : pointer.tokens()) {
            int index = node == null ? Integer.MAX_VALUE : indexOf(node, token);
            position.add(index);
            node = node == null || index == Integer.MAX_VALUE ? null : child(node, token);
        }
        return position;
    }

    private static int indexOf(JsonNode node, String token) {
        if (node.isArray()) {
            try {
                int index = Integer.parseInt(token);
                return index >= 0 && index < node.size() ? index : Integer.MAX_VALUE;
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        if (node.isObject()) {
            int index = new ArrayList<>(node.propertyNames()).indexOf(token);
            return index >= 0 ? index : Integer.MAX_VALUE;
        }
        return Integer.MAX_VALUE;
    }

    private static JsonNode child(JsonNode node, String token) {
        return node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
    }

    private static int compare(List<Integer> one, List<Integer> other) {
        for (int i = 0; i < Math.min(one.size(), other.size()); i++) {
            int difference = Integer.compare(one.get(i), other.get(i));
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(one.size(), other.size());
    }
}
