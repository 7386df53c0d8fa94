package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The options of a choice riddle, each with a box to tick when it is right: one right option
 * ({@code answer.correct} is its id) or several ({@code answer.correct} lists them, in the options' order).
 */
final class ChoiceOptionsForm extends VerticalLayout {

    private final DraftDocument draft;
    private final Fields fields;
    private final Pointer options;
    private final Pointer correct;
    private final boolean several;
    private final List<Checkbox> rightBoxes = new ArrayList<>();

    ChoiceOptionsForm(EditorContext context, Pointer riddle, boolean several) {
        this.draft = context.draft();
        this.fields = context.fields();
        this.options = riddle.at("options");
        this.correct = riddle.at("answer").at("correct");
        this.several = several;
        setPadding(false);
        Paragraph help = new Paragraph(several ? "Tick every right option: a team must tick exactly those."
                : "Tick the right option.");
        help.getStyle().set("margin", "0");
        ItemList list = new ItemList(context, options, "Option", 5, this::newOption, this::option);
        fields.bound(correct, list);
        add(help, list);
    }

    private JsonNode newOption() {
        return DraftJson.mapper().createObjectNode().put("id", FreeIds.among(draft.get(options), "option"));
    }

    private Component option(Pointer option, int index) {
        var text = fields.localized(option.at("text"), "Text", false);
        var id = MoreFields.id(fields, option.at("id"), this::renamed);
        Checkbox right = new Checkbox(several ? "This option is right" : "This is the right option",
                isRight(draft.text(option.at("id"))));
        right.setId(DomIds.of(option, "right"));
        right.addValueChangeListener(change -> markRight(option, right, change.getValue()));
        rightBoxes.add(right);
        return new FieldColumn(text, id, right);
    }

    private boolean isRight(String id) {
        return !id.isEmpty() && (several ? rightIds().contains(id) : draft.text(correct).equals(id));
    }

    private List<String> rightIds() {
        List<String> ids = new ArrayList<>();
        draft.get(correct).forEach(id -> ids.add(id.asString("")));
        return ids;
    }

    private void markRight(Pointer option, Checkbox box, boolean right) {
        String id = draft.text(option.at("id"));
        if (id.isEmpty()) {
            // Without an id the answer cannot name the option; the id field already shows it is missing.
            if (right) {
                box.setValue(false);
            }
            return;
        }
        if (several) {
            markOneOfSeveral(id, right);
        } else if (right) {
            draft.setText(correct, id);
            rightBoxes.stream().filter(other -> other != box).forEach(other -> other.setValue(false));
        } else if (draft.text(correct).equals(id)) {
            draft.remove(correct);
        }
    }

    private void markOneOfSeveral(String id, boolean right) {
        List<String> before = rightIds();
        Set<String> after = new LinkedHashSet<>();
        for (String optionId : FreeIds.idsOf(draft.get(options))) {
            if (!optionId.isEmpty() && (optionId.equals(id) ? right : before.contains(optionId))) {
                after.add(optionId);
            }
        }
        if (after.isEmpty()) {
            draft.remove(correct);
        } else {
            ArrayNode list = DraftJson.mapper().createArrayNode();
            after.forEach(list::add);
            draft.set(correct, list);
        }
    }

    private void renamed(String before, String after) {
        if (several) {
            if (IdReferences.rename(draft.get(correct), before, after)) {
                draft.changed();
            }
        } else if (draft.text(correct).equals(before)) {
            draft.setText(correct, after);
        }
    }
}
