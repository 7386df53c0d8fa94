package org.balise.web.backoffice.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.balise.web.security.AccountSummary;

/** An administrator changes what an account may do. */
final class RolesDialog extends Dialog {

    final RoleCheckboxes roles = new RoleCheckboxes();
    final Button save = new Button("Save roles");

    RolesDialog(AccountSummary account) {
        setHeaderTitle("Roles of " + account.username());
        roles.setValue(account.roles());
        add(roles);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-roles");
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("32em");
        setMaxWidth("100%");
    }
}
