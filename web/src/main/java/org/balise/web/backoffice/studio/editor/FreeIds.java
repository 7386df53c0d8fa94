package org.balise.web.backoffice.studio.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Ids for new items that no other item has yet: the third hint is {@code hint-3}, unless that one is taken. */
final class FreeIds {

    private FreeIds() {
    }

    /** {@code prefix-n} for the smallest n, from the number of ids taken plus one, that is not taken. */
    static String next(String prefix, Collection<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + "-" + n)) {
            n++;
        }
        return prefix + "-" + n;
    }

    /** A free id among the items of {@code list}, a JSON array of objects with an {@code id}. */
    static String among(JsonNode list, String prefix) {
        return next(prefix, idsOf(list));
    }

    static List<String> idsOf(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asString("")));
        return ids;
    }
}
