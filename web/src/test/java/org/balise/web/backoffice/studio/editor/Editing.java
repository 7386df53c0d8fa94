package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.balise.engine.circuit.load.CircuitLoader;
import org.balise.engine.circuit.load.CircuitSchema;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.ValidationOptions;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;

/**
 * A form being edited as the studio edits it, without a browser: the draft, its fields, and a redraw that
 * rebuilds the form from the draft (the components before a redraw are gone after it).
 */
final class Editing {

    private static final CircuitLoader LOADER = new CircuitLoader(CircuitSchema.fromClasspath(),
            ValidationOptions.DEFAULT);

    final DraftDocument draft;
    final FieldRegistry registry = new FieldRegistry();
    final EditorContext context;
    private final Function<EditorContext, Component> form;
    private Component shown;
    private int changes;
    private int redraws;

    private Editing(DraftDocument draft, Function<EditorContext, Component> form) {
        this.draft = draft;
        this.form = form;
        this.context = new EditorContext(new Fields(draft, registry), this::redraw);
        draft.onChange(() -> changes++);
        this.shown = form.apply(context);
    }

    static Editing of(String json, Function<EditorContext, Component> form) {
        return new Editing(DraftDocument.parse(json), form);
    }

    private void redraw() {
        registry.clear();
        shown = form.apply(context);
        redraws++;
    }

    Component shown() {
        return shown;
    }

    int changes() {
        return changes;
    }

    int redraws() {
        return redraws;
    }

    /** The field showing the place {@code pointer} designates in the draft. */
    <T extends Component> T field(String pointer, Class<T> type) {
        Component field = registry.fieldFor(pointer).orElseThrow(() -> new AssertionError("No field for " + pointer));
        return type.cast(field);
    }

    /** Types {@code value} in the text field showing {@code pointer}, as an author would. */
    @SuppressWarnings("unchecked")
    void type(String pointer, String value) {
        ((HasValue<?, String>) field(pointer, Component.class)).setValue(value);
    }

    /** The component with this element id in the form on screen. */
    <T extends Component> T byId(String id, Class<T> type) {
        return type.cast(find(id).orElseThrow(() -> new AssertionError("No component with the id " + id)));
    }

    Optional<Component> find(String id) {
        return elements(shown.getElement())
                .filter(element -> id.equals(element.getAttribute("id")))
                .flatMap(element -> element.getComponent().stream())
                .findFirst();
    }

    void click(String id) {
        Button button = byId(id, Button.class);
        if (!button.isEnabled()) {
            throw new AssertionError(id + " is disabled");
        }
        button.click();
    }

    /**
     * What the saved draft holds at {@code pointer}, read back from its text: a number field writes 316 as a
     * long, and the file reads it back as the int the expected JSON parses to.
     */
    JsonNode json(String pointer) {
        return DraftJson.mapper().readTree(draft.json()).at(pointer);
    }

    /** The problems the engine finds in the draft, as "SEVERITY pointer: message" lines. */
    List<String> problems() {
        return load().problems().stream().map(Object::toString).toList();
    }

    LoadResult load() {
        return LOADER.load(draft.json());
    }

    static JsonNode parse(String json) {
        return DraftJson.parse(json);
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(Editing::elements));
    }
}
