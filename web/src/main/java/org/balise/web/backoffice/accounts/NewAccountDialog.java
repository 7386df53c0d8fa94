package org.balise.web.backoffice.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.balise.web.security.AccountRefused;
import org.balise.web.security.Accounts;

/** An administrator names a new account and chooses its roles; Balise generates its password. */
final class NewAccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final RoleCheckboxes roles = new RoleCheckboxes();
    final Button create = new Button("Create account");

    NewAccountDialog() {
        setHeaderTitle("New account");
        username.setHelperText(Accounts.SHORTEST_USERNAME + " to " + Accounts.LONGEST_USERNAME
                + " letters without accents, digits, dots, hyphens or underscores, e.g. claire.martin");
        username.setMaxLength(Accounts.LONGEST_USERNAME);
        username.setRequired(true);
        // Not the administrator's own username, which a browser would otherwise offer to fill in.
        username.setAutocomplete(Autocomplete.OFF);
        username.setWidthFull();
        username.setId("username");
        username.focus();

        VerticalLayout content = new VerticalLayout(username, roles);
        content.setPadding(false);
        add(content);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        getFooter().add(new Button("Cancel", click -> close()), create);
        setWidth("32em");
        setMaxWidth("100%");
    }

    /** The username as typed, without the spaces a paste brings along. */
    String chosenUsername() {
        return username.getValue().strip();
    }

    /** Shows why the account was not created next to the field concerned. */
    void show(AccountRefused refused) {
        if (refused.reason() == AccountRefused.Reason.NO_ROLE) {
            roles.refuse(refused.getMessage());
        } else {
            username.setErrorMessage(refused.getMessage());
            username.setInvalid(true);
        }
    }
}
