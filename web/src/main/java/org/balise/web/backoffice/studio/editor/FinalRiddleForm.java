package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The riddle the clues lead to, if the circuit has one: its title and riddle, which clues lead to it and how
 * many open it, its hints and its points.
 */
public final class FinalRiddleForm extends VerticalLayout {

    private static final Pointer FINAL_RIDDLE = Pointer.root().at("finalRiddle");

    public FinalRiddleForm(EditorContext context, List<String> clueIds, List<String> mediaIds) {
        DraftDocument draft = context.draft();
        Fields fields = context.fields();
        setPadding(false);
        setId("final-riddle-form");

        boolean present = draft.get(FINAL_RIDDLE).isObject();
        Checkbox ends = new Checkbox("This circuit ends with a final riddle", present);
        ends.setId("final-riddle-present");
        ends.addValueChangeListener(change -> {
            if (change.getValue()) {
                draft.set(FINAL_RIDDLE, skeleton(clueIds));
            } else {
                draft.remove(FINAL_RIDDLE);
            }
            context.redraw();
        });
        Paragraph help = new Paragraph("Stations give clues (see each station's rewards); once a team holds "
                + "enough of them, the final riddle opens.");
        add(new H3("Final riddle"), help, ends);
        if (!present) {
            return;
        }
        var title = fields.localized(FINAL_RIDDLE.at("title"), "Title", false);
        var clues = fields.ids(FINAL_RIDDLE.at("clues"), "Clues leading to the answer", clueIds);
        clues.setHelperText("Among the clues stations give.");
        var cluesNeeded = fields.integer(FINAL_RIDDLE.at("cluesNeeded"), "Clues needed to open it");
        cluesNeeded.setMin(1);
        cluesNeeded.setHelperText("Empty: all of them.");
        var points = fields.integer(FINAL_RIDDLE.at("points"), "Points");
        points.setMin(0);
        add(title, new H4("Riddle"), new RiddleForm(context, FINAL_RIDDLE.at("riddle"), mediaIds),
                new H4("Clues and points"), clues, new FieldRow(cluesNeeded, points),
                new H4("Hints"), new HintsForm(context, FINAL_RIDDLE.at("hints")));
    }

    /** A text riddle, usually a password, that every clue leads to; the author writes the rest. */
    private static ObjectNode skeleton(List<String> clueIds) {
        ObjectNode finalRiddle = DraftJson.mapper().createObjectNode();
        finalRiddle.putObject("riddle").put("type", RiddleKind.TEXT.json());
        if (!clueIds.isEmpty()) {
            ArrayNode clues = finalRiddle.putArray("clues");
            clueIds.forEach(clues::add);
        }
        return finalRiddle;
    }
}
