package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.engine.circuit.validate.Problem;

/**
 * Which field shows which part of the draft, by JSON pointer, so that each problem the checks find is shown
 * on its field and a click on it in the checks panel leads there.
 */
public final class FieldRegistry {

    private final Map<String, Component> fields = new LinkedHashMap<>();

    void register(String pointer, Component field) {
        fields.putIfAbsent(pointer, field);
    }

    /** Forgets the fields of a form about to be replaced. */
    public void clear() {
        fields.clear();
    }

    /**
     * The field showing what {@code pointer} designates: the field at it, else the first field inside it (a
     * missing text shows on its first language), else the field of the nearest part containing it.
     */
    public Optional<Component> fieldFor(String pointer) {
        if (fields.containsKey(pointer)) {
            return Optional.of(fields.get(pointer));
        }
        for (Map.Entry<String, Component> field : fields.entrySet()) {
            if (field.getKey().startsWith(pointer + "/")) {
                return Optional.of(field.getValue());
            }
        }
        String ancestor = pointer;
        while (ancestor.contains("/")) {
            ancestor = ancestor.substring(0, ancestor.lastIndexOf('/'));
            if (fields.containsKey(ancestor)) {
                return Optional.of(fields.get(ancestor));
            }
        }
        return Optional.empty();
    }

    /** Marks each field with the errors and warnings about it, and clears the others. */
    public void show(List<Problem> problems) {
        Map<Component, List<String>> messages = new LinkedHashMap<>();
        for (Problem problem : problems) {
            fieldFor(problem.pointer()).ifPresent(field ->
                    messages.computeIfAbsent(field, f -> new ArrayList<>()).add(problem.message()));
        }
        for (Component field : fields.values()) {
            if (field instanceof HasValidation validated) {
                List<String> about = messages.getOrDefault(field, List.of());
                validated.setErrorMessage(String.join(" ", about));
                validated.setInvalid(!about.isEmpty());
            }
        }
    }

    /** Brings the field showing {@code pointer} into view and puts the cursor in it. */
    public boolean focus(String pointer) {
        Optional<Component> field = fieldFor(pointer);
        field.ifPresent(component -> {
            component.scrollIntoView();
            if (component instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
        return field.isPresent();
    }
}
