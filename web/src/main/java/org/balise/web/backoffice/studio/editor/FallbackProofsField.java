package org.balise.web.backoffice.studio.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.web.drafts.DraftJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The other ways a team proves it is at a station when GPS cannot tell: a QR code posted there, a code
 * written there, the teacher. Written as the station's {@code fallbackProofs}, in that order.
 */
final class FallbackProofsField extends VerticalLayout {

    private final DraftDocument draft;
    private final Pointer pointer;
    private final TextField qrCode = new TextField("QR code value");
    private final TextField onSiteCode = new TextField("Code written on site");
    private final Checkbox teacher = new Checkbox("The teacher may unlock the station");

    FallbackProofsField(Fields fields, Pointer pointer) {
        this.draft = fields.draft();
        this.pointer = pointer;
        setPadding(false);
        setSpacing(false);
        for (JsonNode proof : draft.get(pointer)) {
            switch (proof.path("type").asString("")) {
                case "qr-code" -> qrCode.setValue(proof.path("value").asString(""));
                case "on-site-code" -> onSiteCode.setValue(proof.path("code").asString(""));
                case "teacher-unlock" -> teacher.setValue(true);
                default -> { }
            }
        }
        qrCode.setHelperText("The text of the QR code posted at the station. Kept secret from phones.");
        onSiteCode.setHelperText("A code to read on a plaque or a sign at the station. Kept secret from phones.");
        qrCode.addValueChangeListener(change -> write());
        onSiteCode.addValueChangeListener(change -> write());
        teacher.addValueChangeListener(change -> write());
        fields.bound(pointer, qrCode);
        fields.bound(pointer, onSiteCode);
        Paragraph why = new Paragraph("When GPS cannot tell (indoors, between tall buildings), or for a station "
                + "without a zone:");
        why.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        add(why, qrCode, onSiteCode, teacher);
    }

    private void write() {
        ArrayNode proofs = DraftJson.mapper().createArrayNode();
        if (!qrCode.getValue().isBlank()) {
            ObjectNode proof = proofs.addObject().put("type", "qr-code");
            proof.put("value", qrCode.getValue().strip());
        }
        if (!onSiteCode.getValue().isBlank()) {
            ObjectNode proof = proofs.addObject().put("type", "on-site-code");
            proof.put("code", onSiteCode.getValue().strip());
        }
        if (teacher.getValue()) {
            proofs.addObject().put("type", "teacher-unlock");
        }
        if (proofs.isEmpty()) {
            draft.remove(pointer);
        } else {
            draft.set(pointer, proofs);
        }
    }
}
