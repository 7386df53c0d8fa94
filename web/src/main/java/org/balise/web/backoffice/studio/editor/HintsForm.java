package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;

/** The hints of a station or of the final riddle: what each says, what it costs, and from when it is offered. */
public final class HintsForm extends VerticalLayout {

    public HintsForm(EditorContext context, Pointer hints) {
        setPadding(false);
        add(new ItemList(context, hints, "Hint", 5,
                () -> DraftJson.mapper().createObjectNode()
                        .put("id", FreeIds.among(context.draft().get(hints), "hint")),
                (hint, index) -> hint(context.fields(), hint)));
    }

    private static Component hint(Fields fields, Pointer hint) {
        var text = fields.localized(hint.at("text"), "Hint", true);
        var id = MoreFields.id(fields, hint.at("id"));
        var cost = fields.integer(hint.at("cost"), "Cost (points lost)");
        cost.setMin(0);
        var after = fields.integer(hint.at("availableAfterSeconds"), "Offered after (seconds)");
        after.setMin(0);
        after.setHelperText("Counted from the team's arrival. Empty: straight away.");
        return new FieldColumn(text, id, new FieldRow(cost, after));
    }
}
