package org.balise.web.backoffice.accounts;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import org.balise.web.security.Role;

/** The choice of an account's roles, each checkbox labelled with what the role allows. */
final class RoleCheckboxes extends CheckboxGroup<Role> {

    RoleCheckboxes() {
        super("Roles");
        setItems(Role.values());
        setItemLabelGenerator(role -> RoleNames.name(role) + ": " + RoleNames.sentence(role));
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        // Said in words rather than with setRequired, whose aria-required is not allowed on a group (axe).
        setHelperText("At least one.");
        setId("roles");
    }

    /** Shows a refusal under the checkboxes until the choice changes. */
    void refuse(String sentence) {
        setErrorMessage(sentence);
        setInvalid(true);
    }
}
