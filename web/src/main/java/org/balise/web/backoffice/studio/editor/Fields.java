package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Makes the editor's fields, each bound to one place of the draft: it shows what is there, writes there
 * what the author types, and registers itself to show that place's problems.
 */
public final class Fields {

    private final DraftDocument draft;
    private final FieldRegistry registry;

    public Fields(DraftDocument draft, FieldRegistry registry) {
        this.draft = draft;
        this.registry = registry;
    }

    public DraftDocument draft() {
        return draft;
    }

    public TextField text(Pointer pointer, String label) {
        TextField field = new TextField(label);
        field.setValue(draft.text(pointer));
        field.addValueChangeListener(change -> draft.setText(pointer, change.getValue().strip()));
        return bound(pointer, field);
    }

    /** A text written in every language of the circuit, side by side. */
    public LocalizedText localized(Pointer pointer, String label, boolean multiline) {
        LocalizedText text = new LocalizedText(label);
        for (String language : draft.languages()) {
            Pointer inLanguage = pointer.at(language);
            var field = multiline ? new TextArea(label + " · " + language) : new TextField(label + " · " + language);
            field.setValue(draft.text(inLanguage));
            field.getElement().setAttribute("lang", language);
            field.addValueChangeListener(change -> draft.setText(inLanguage, change.getValue().strip()));
            text.add(field);
            bound(inLanguage, field);
        }
        return text;
    }

    public IntegerField integer(Pointer pointer, String label) {
        IntegerField field = new IntegerField(label);
        JsonNode value = draft.get(pointer);
        if (value.isIntegralNumber()) {
            field.setValue(value.asInt());
        }
        field.setStepButtonsVisible(true);
        field.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                draft.remove(pointer);
            } else {
                draft.setNumber(pointer, change.getValue());
            }
        });
        return bound(pointer, field);
    }

    public NumberField decimal(Pointer pointer, String label) {
        NumberField field = new NumberField(label);
        JsonNode value = draft.get(pointer);
        if (value.isNumber()) {
            field.setValue(value.asDouble());
        }
        field.addValueChangeListener(change -> {
            if (change.getValue() == null) {
                draft.remove(pointer);
            } else if (change.getValue() == Math.rint(change.getValue()) && Math.abs(change.getValue()) < 1e15) {
                draft.setNumber(pointer, change.getValue().longValue());
            } else {
                draft.setNumber(pointer, change.getValue());
            }
        });
        return bound(pointer, field);
    }

    /**
     * A yes/no: ticked writes {@code true}; unticked writes {@code false}, or removes the property when
     * {@code falseByOmission} (the format's default is false).
     */
    public Checkbox checkbox(Pointer pointer, String label, boolean falseByOmission) {
        Checkbox field = new Checkbox(label, draft.get(pointer).asBoolean(false));
        field.addValueChangeListener(change -> {
            if (!change.getValue() && falseByOmission) {
                draft.remove(pointer);
            } else {
                draft.setBoolean(pointer, change.getValue());
            }
        });
        return bound(pointer, field);
    }

    /**
     * One value among {@code choices} (value to what the author reads); with {@code optional}, an empty
     * choice removes the property.
     */
    public Select<String> choice(Pointer pointer, String label, Map<String, String> choices, boolean optional) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        List<String> values = new ArrayList<>();
        if (optional) {
            values.add("");
        }
        values.addAll(choices.keySet());
        String current = draft.text(pointer);
        if (!current.isEmpty() && !values.contains(current)) {
            values.add(current);
        }
        field.setItems(values);
        field.setItemLabelGenerator(value -> value.isEmpty() ? "—" : choices.getOrDefault(value, value));
        field.setValue(current.isEmpty() && !optional && !values.isEmpty() ? null : current);
        field.addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue().isEmpty()) {
                draft.remove(pointer);
            } else {
                draft.setText(pointer, change.getValue());
            }
        });
        return bound(pointer, field);
    }

    /**
     * Several ids among {@code choices}, written as a list of ids in the order they were chosen; none removes
     * the property.
     */
    public MultiSelectComboBox<String> ids(Pointer pointer, String label, List<String> choices) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(label);
        Set<String> current = new LinkedHashSet<>();
        draft.get(pointer).forEach(id -> current.add(id.asString()));
        Set<String> items = new LinkedHashSet<>(choices);
        items.addAll(current);
        field.setItems(items);
        field.setValue(current);
        field.addValueChangeListener(change -> {
            if (change.getValue().isEmpty()) {
                draft.remove(pointer);
            } else {
                // Kept ids keep their place, new ones follow in the order offered: order may matter (a route).
                ArrayNode list = DraftJson.mapper().createArrayNode();
                draft.get(pointer).forEach(id -> {
                    if (change.getValue().contains(id.asString(""))) {
                        list.add(id.asString());
                    }
                });
                items.stream().filter(change.getValue()::contains)
                        .filter(id -> !change.getOldValue().contains(id)).forEach(list::add);
                draft.set(pointer, list);
            }
        });
        return bound(pointer, field);
    }

    /** Registers a field made elsewhere as showing {@code pointer}. */
    public <C extends com.vaadin.flow.component.Component> C bound(Pointer pointer, C field) {
        registry.register(pointer.toString(), field);
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        return field;
    }
}
