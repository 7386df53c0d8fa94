package org.balise.web.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.balise.web.security.PasswordChanges;

/** Lets a signed-in person replace their password, e.g. the generated one of the first administrator. */
class ChangePasswordDialog extends Dialog {

    ChangePasswordDialog(String username, PasswordChanges passwordChanges) {
        setHeaderTitle("Change password");
        PasswordField current = new PasswordField("Current password");
        PasswordField replacement = new PasswordField("New password");
        replacement.setHelperText("At least " + PasswordChanges.MINIMUM_LENGTH + " characters");
        PasswordField confirmation = new PasswordField("New password again");
        add(new VerticalLayout(current, replacement, confirmation));

        Button save = new Button("Change password", click -> {
            if (!replacement.getValue().equals(confirmation.getValue())) {
                confirmation.setInvalid(true);
                confirmation.setErrorMessage("The two new passwords differ.");
                return;
            }
            PasswordChanges.Outcome outcome = passwordChanges.change(username, current.getValue(), replacement.getValue());
            switch (outcome) {
                case CHANGED -> {
                    Notification.show("Your password is changed.");
                    close();
                }
                case WRONG_CURRENT_PASSWORD -> {
                    current.setInvalid(true);
                    current.setErrorMessage("This is not your current password.");
                }
                case TOO_SHORT -> {
                    replacement.setInvalid(true);
                    replacement.setErrorMessage("Use at least " + PasswordChanges.MINIMUM_LENGTH + " characters.");
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }
}
