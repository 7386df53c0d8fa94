package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Bound fields {@link Fields} does not make, for the riddles, hints, rewards and trades. */
final class MoreFields {

    private MoreFields() {
    }

    /** A list of texts, one per line; blank lines are dropped, and no line at all removes the list. */
    static TextArea lines(Fields fields, Pointer pointer, String label) {
        DraftDocument draft = fields.draft();
        TextArea field = new TextArea(label);
        List<String> current = new ArrayList<>();
        draft.get(pointer).forEach(line -> current.add(line.asString("")));
        field.setValue(String.join("\n", current));
        field.addValueChangeListener(change -> {
            ArrayNode list = DraftJson.mapper().createArrayNode();
            change.getValue().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(list::add);
            if (list.isEmpty()) {
                draft.remove(pointer);
            } else {
                draft.set(pointer, list);
            }
        });
        return fields.bound(pointer, field);
    }

    /**
     * A yes/no whose default in the format is yes: an omitted property shows ticked, unticking writes
     * {@code false}, ticking again removes it.
     */
    static Checkbox trueByOmission(Fields fields, Pointer pointer, String label) {
        DraftDocument draft = fields.draft();
        Checkbox field = new Checkbox(label, draft.get(pointer).asBoolean(true));
        field.addValueChangeListener(change -> {
            if (change.getValue()) {
                draft.remove(pointer);
            } else {
                draft.setBoolean(pointer, false);
            }
        });
        return fields.bound(pointer, field);
    }

    /** One whole number among {@code choices} (number to what the author reads); none removes the property. */
    static Select<Integer> wholeNumberChoice(Fields fields, Pointer pointer, String label,
            Map<Integer, String> choices) {
        DraftDocument draft = fields.draft();
        Select<Integer> field = new Select<>();
        field.setLabel(label);
        List<Integer> values = new ArrayList<>(choices.keySet());
        JsonNode current = draft.get(pointer);
        if (current.isIntegralNumber() && !values.contains(current.asInt())) {
            values.add(current.asInt());
        }
        field.setItems(values);
        field.setItemLabelGenerator(value -> choices.getOrDefault(value, String.valueOf(value)));
        if (current.isIntegralNumber()) {
            field.setValue(current.asInt());
        }
        field.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                draft.remove(pointer);
            } else {
                draft.setNumber(pointer, change.getValue());
            }
        });
        return fields.bound(pointer, field);
    }

    /** An item's id, which nothing else in the draft names. */
    static TextField id(Fields fields, Pointer pointer) {
        TextField field = fields.text(pointer, "Id");
        field.setHelperText("Lowercase letters, digits and hyphens; never shown to players.");
        return field;
    }

    /**
     * An item's id, which other parts of the draft may name: after the author changes it, {@code renamed}
     * gets the old and the new id to follow it there. A blank id renames nothing.
     */
    static TextField id(Fields fields, Pointer pointer, BiConsumer<String, String> renamed) {
        TextField field = id(fields, pointer);
        field.addValueChangeListener(change -> {
            String before = change.getOldValue().strip();
            String after = change.getValue().strip();
            if (!before.isEmpty() && !after.isEmpty() && !before.equals(after)) {
                renamed.accept(before, after);
            }
        });
        return field;
    }
}
