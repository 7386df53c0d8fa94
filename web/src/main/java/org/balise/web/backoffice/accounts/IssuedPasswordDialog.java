package org.balise.web.backoffice.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.balise.web.security.IssuedPassword;

/**
 * Shows a generated password to the administrator, once: Balise keeps only its hash. The administrator
 * copies it and hands it over; its owner is advised to replace it after signing in.
 */
final class IssuedPasswordDialog extends Dialog {

    final TextField password = new TextField("Password");
    final Button copy = new Button("Copy password", VaadinIcon.COPY.create());

    IssuedPasswordDialog(String heading, IssuedPassword issued) {
        setHeaderTitle(heading);
        password.setValue(issued.password());
        password.setReadOnly(true);
        // Where the browser may not copy (plain HTTP on a school network), a click selects it for copying by hand.
        password.setAutoselect(true);
        password.setId("issued-password");
        copy.setId("copy-password");
        // The browser copies only during the click itself, so the copy is armed here rather than sent later.
        Clipboard.onClick(copy).writeText(issued.password(),
                copied -> Notification.show("Password copied."),
                refused -> Notification.show("Your browser did not copy it: select the password and copy it yourself.")
                        .addThemeVariants(NotificationVariant.LUMO_WARNING));

        HorizontalLayout field = new HorizontalLayout(password, copy);
        field.setWidthFull();
        field.setWrap(true);
        field.setAlignItems(FlexComponent.Alignment.BASELINE);
        field.expand(password);

        VerticalLayout content = new VerticalLayout(
                new Paragraph("This is the only time Balise shows this password: it keeps only a hash of it."),
                field,
                new Paragraph("Give it to " + issued.username() + " in person or through a channel only they read,"
                        + " and ask them to change it after signing in (Change password, at the top of every page)."));
        content.setPadding(false);
        add(content);

        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("password-done");
        getFooter().add(done);
        // A click beside the dialog must not lose a password that cannot be shown again.
        setCloseOnOutsideClick(false);
        setWidth("32em");
        setMaxWidth("100%");
    }
}
