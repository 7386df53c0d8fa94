package org.balise.web.backoffice.studio.editor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Follows a renamed id in the lists of ids that name it (a riddle's right answer, the final riddle's clues,
 * the trades a station shows), so that renaming an item never breaks what refers to it.
 */
final class IdReferences {

    private IdReferences() {
    }

    /**
     * Replaces {@code before} by {@code after} in {@code ids}, if it is an array of ids; does not save.
     *
     * @return whether anything changed
     */
    static boolean rename(JsonNode ids, String before, String after) {
        if (!(ids instanceof ArrayNode list)) {
            return false;
        }
        boolean changed = false;
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).isString() && list.get(k).asString().equals(before)) {
                list.set(k, after);
                changed = true;
            }
        }
        return changed;
    }
}
