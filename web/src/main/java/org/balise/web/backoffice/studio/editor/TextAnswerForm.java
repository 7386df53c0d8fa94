package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.balise.engine.circuit.validate.Pointer;

/** The answer of a free text riddle: every answer that counts, and how strictly a team's is compared. */
final class TextAnswerForm extends VerticalLayout {

    TextAnswerForm(Fields fields, Pointer riddle) {
        setPadding(false);
        setSpacing(false);
        Pointer answer = riddle.at("answer");
        var accepted = MoreFields.lines(fields, answer.at("accepted"), "Accepted answers");
        accepted.setHelperText("One per line, in any language: every answer that counts.");
        var typos = MoreFields.trueByOmission(fields, answer.at("typoTolerance"), "Accept small typing mistakes");
        var capitals = fields.checkbox(answer.at("caseSensitive"), "Capitals must match (Dijon is not dijon)", true);
        var accents = fields.checkbox(answer.at("accentSensitive"), "Accents must match (é is not e)", true);
        add(accepted, typos, capitals, accents);
    }
}
