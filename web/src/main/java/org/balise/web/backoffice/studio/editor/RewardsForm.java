package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;

/**
 * What a team gets for solving a station: a clue (a piece of the final riddle's answer) and the trades the
 * station shows.
 */
public final class RewardsForm extends VerticalLayout {

    private static final Pointer FINAL_RIDDLE_CLUES = Pointer.root().at("finalRiddle").at("clues");

    public RewardsForm(EditorContext context, Pointer rewards, List<String> tradeIds) {
        DraftDocument draft = context.draft();
        Fields fields = context.fields();
        Pointer clue = rewards.at("clue");
        setPadding(false);
        setId(DomIds.of(rewards));

        boolean givesClue = draft.get(clue).isObject();
        Checkbox gives = new Checkbox("This station gives a clue", givesClue);
        gives.setTooltipText("A piece of the final riddle's answer.");
        gives.setId(DomIds.of(rewards, "gives-clue"));
        gives.addValueChangeListener(change -> {
            if (change.getValue()) {
                String id = FreeIds.next("clue", CircuitNames.of(draft).clueIds());
                draft.set(clue, DraftJson.mapper().createObjectNode().put("id", id));
            } else {
                draft.remove(clue);
            }
            context.redraw();
        });
        add(gives);
        if (givesClue) {
            var text = fields.localized(clue.at("text"), "Clue", true);
            var id = MoreFields.id(fields, clue.at("id"), (before, after) -> {
                if (IdReferences.rename(draft.get(FINAL_RIDDLE_CLUES), before, after)) {
                    draft.changed();
                }
            });
            add(new FieldColumn(text, id));
        }
        var trades = fields.ids(rewards.at("trades"), "Trades this station shows", tradeIds);
        trades.setHelperText("Teams discover them once they solve the station. Trades are written under Trades.");
        add(trades);
    }
}
