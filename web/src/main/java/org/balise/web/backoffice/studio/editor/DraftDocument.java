package org.balise.web.backoffice.studio.editor;

import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON tree of the draft being edited, changed in place by the editor's fields, addressed by JSON
 * pointers (the same pointers the checks give their problems). Empty values are removed rather than
 * written empty, and objects left empty go with them, so the tree stays the file an author would write.
 *
 * <p>Not thread-safe: it belongs to one editor, in one UI.
 */
public final class DraftDocument {

    private final ObjectNode root;
    private final List<Runnable> listeners = new ArrayList<>();

    public DraftDocument(ObjectNode root) {
        this.root = root;
    }

    public static DraftDocument parse(String json) {
        return new DraftDocument(DraftJson.parse(json));
    }

    public ObjectNode root() {
        return root;
    }

    /** The node at {@code pointer}; a missing node when there is none. */
    public JsonNode get(Pointer pointer) {
        return root.at(pointer.toString());
    }

    /** The text at {@code pointer}, empty when there is none or it is not a text. */
    public String text(Pointer pointer) {
        JsonNode node = get(pointer);
        return node.isString() ? node.asString() : "";
    }

    /** Writes {@code value} at {@code pointer}, creating the objects on the way; a blank text removes it. */
    public void setText(Pointer pointer, String value) {
        if (value.isBlank()) {
            remove(pointer);
        } else {
            set(pointer, DraftJson.mapper().valueToTree(value));
        }
    }

    public void setNumber(Pointer pointer, Number value) {
        set(pointer, DraftJson.mapper().valueToTree(value));
    }

    public void setBoolean(Pointer pointer, boolean value) {
        set(pointer, DraftJson.mapper().valueToTree(value));
    }

    /** Writes {@code value} at {@code pointer}, creating the objects on the way. */
    public void set(Pointer pointer, JsonNode value) {
        List<String> tokens = pointer.tokens();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("The whole circuit cannot be replaced by a field");
        }
        JsonNode parent = container(tokens.subList(0, tokens.size() - 1));
        String last = tokens.getLast();
        switch (parent) {
            case ObjectNode object -> object.set(last, value);
            case ArrayNode array when isIndex(last) && Integer.parseInt(last) < array.size() ->
                    array.set(Integer.parseInt(last), value);
            case ArrayNode array when isIndex(last) && Integer.parseInt(last) == array.size() -> array.add(value);
            default -> throw new IllegalArgumentException("Nothing can be written at " + pointer);
        }
        changed();
    }

    /** Removes what is at {@code pointer}, then the objects left empty above it. */
    public void remove(Pointer pointer) {
        List<String> tokens = new ArrayList<>(pointer.tokens());
        if (tokens.isEmpty() || get(pointer).isMissingNode()) {
            return;
        }
        JsonNode parent = root.at(new Pointer(tokens.subList(0, tokens.size() - 1)).toString());
        String last = tokens.removeLast();
        switch (parent) {
            case ObjectNode object -> object.remove(last);
            case ArrayNode array -> array.remove(Integer.parseInt(last));
            default -> {
                return;
            }
        }
        pruneEmptyObjects(tokens);
        changed();
    }

    /** The array at {@code pointer}, created empty when there is none. */
    public ArrayNode array(Pointer pointer) {
        JsonNode node = get(pointer);
        if (node instanceof ArrayNode array) {
            return array;
        }
        ArrayNode array = DraftJson.mapper().createArrayNode();
        set(pointer, array);
        return array;
    }

    /** The circuit's languages, in the author's order. */
    public List<String> languages() {
        List<String> languages = new ArrayList<>();
        root.path("languages").forEach(language -> {
            if (language.isString() && !language.asString().isBlank()) {
                languages.add(language.asString());
            }
        });
        return languages;
    }

    /** Runs {@code listener} after every change, whichever field made it. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells the listeners a change was made directly on the tree (a list reordered, an item added). */
    public void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    public String json() {
        return DraftJson.write(root);
    }

    private JsonNode container(List<String> tokens) {
        JsonNode node = root;
        for (String token : tokens) {
            JsonNode next = node instanceof ArrayNode array && isIndex(token) ? array.path(Integer.parseInt(token))
                    : node.path(token);
            if (next.isMissingNode() || next.isNull()) {
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("No object at " + token + " to write in");
                }
                next = object.putObject(token);
            }
            node = next;
        }
        return node;
    }

    private void pruneEmptyObjects(List<String> tokens) {
        while (!tokens.isEmpty()) {
            JsonNode node = root.at(new Pointer(tokens).toString());
            if (!(node instanceof ObjectNode object) || !object.isEmpty()) {
                return;
            }
            String last = tokens.removeLast();
            JsonNode parent = root.at(new Pointer(tokens).toString());
            if (parent instanceof ObjectNode parentObject) {
                parentObject.remove(last);
            } else {
                return;
            }
        }
    }

    private static boolean isIndex(String token) {
        return token.matches("0|[1-9][0-9]*");
    }
}
