package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.balise.engine.circuit.validate.Pointer;

/** The answer of a number riddle: the right number, how far from it still counts, and its unit. */
final class NumberAnswerForm extends VerticalLayout {

    NumberAnswerForm(Fields fields, Pointer riddle) {
        setPadding(false);
        setSpacing(false);
        Pointer answer = riddle.at("answer");
        var value = fields.decimal(answer.at("value"), "Right answer");
        var tolerance = fields.decimal(answer.at("tolerance"), "Accepted gap");
        tolerance.setMin(0);
        tolerance.setHelperText("How far from the right answer still counts. Empty: exactly.");
        var unit = fields.localized(riddle.at("unit"), "Unit (optional)", false);
        add(new FieldRow(value, tolerance), unit);
    }
}
