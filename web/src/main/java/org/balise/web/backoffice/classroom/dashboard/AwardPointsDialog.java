package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Points given (or, negative, taken) by hand, always with a reason: the team's history keeps both. */
final class AwardPointsDialog extends Dialog {

    /** What the dialog hands over when the teacher confirms. */
    interface Awarding {
        void award(int points, String reason);
    }

    final IntegerField points = new IntegerField("Points");
    final TextField reason = new TextField("Reason");
    final Button award = new Button("Award");

    AwardPointsDialog(String teamName, Awarding awarding) {
        setHeaderTitle("Points for " + teamName);
        points.setHelperText("Negative to take points away.");
        points.setStepButtonsVisible(true);
        points.setId("award-points");
        reason.setWidth("24em");
        reason.setMaxLength(120);
        reason.setId("award-reason");
        add(new VerticalLayout(points, reason));
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.setId("award-confirm");
        award.addClickListener(click -> {
            boolean valid = points.getValue() != null && points.getValue() != 0 && !reason.getValue().isBlank();
            points.setInvalid(points.getValue() == null || points.getValue() == 0);
            reason.setInvalid(reason.getValue().isBlank());
            if (valid) {
                awarding.award(points.getValue(), reason.getValue().strip());
                close();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), award);
    }
}
