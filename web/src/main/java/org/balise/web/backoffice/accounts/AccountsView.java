package org.balise.web.backoffice.accounts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.balise.web.backoffice.ViewerTime;
import org.balise.web.security.AccountRefused;
import org.balise.web.security.AccountSummary;
import org.balise.web.security.Accounts;
import org.balise.web.security.IssuedPassword;

/** The back-office accounts, for administrators: create one, reset its password, change its roles, delete it. */
@Route("accounts")
@PageTitle("Accounts · Balise")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout {

    /** How long the view waits for the store before giving up. */
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(Locale.UK);

    final Button create = new Button("New account", VaadinIcon.PLUS.create());
    final Grid<AccountSummary> grid = new Grid<>();

    private final Accounts accounts;
    private final String administrator;

    AccountsView(Accounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.administrator = authentication.getPrincipalName()
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
        setSizeFull();

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        create.addClickListener(click -> openNewAccount());
        HorizontalLayout header = new HorizontalLayout(new H2("Accounts"), create);
        header.setWidthFull();
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(AccountSummary::username).setHeader("Username").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(account -> RoleNames.names(account.roles())).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(account -> ViewerTime.format(CREATED, account.createdAt())).setHeader("Created").setAutoWidth(true);
        // On a phone the other columns scroll sideways under the actions, which stay in reach.
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Accounts");
        add(header, new Paragraph("Authors and teachers sign in with the accounts made here. Balise generates"
                + " each password and shows it to you once, for you to hand over."), grid);
        expand(grid);
        refresh();
    }

    private Component actions(AccountSummary account) {
        String name = account.username();
        HorizontalLayout actions = new HorizontalLayout(
                action(VaadinIcon.KEY, "Reset the password of " + name, "reset-" + name, () -> confirmReset(account)),
                action(VaadinIcon.USER_CARD, "Change the roles of " + name, "roles-" + name, () -> editRoles(account)),
                action(VaadinIcon.TRASH, "Delete the account " + name, "delete-" + name, () -> confirmDelete(account)));
        actions.setSpacing(false);
        return actions;
    }

    /** Icons keep a row within a phone's width; the label is what assistive technology reads and hover shows. */
    private static Button action(VaadinIcon icon, String label, String id, Runnable run) {
        Button button = new Button(icon.create(), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setId(id);
        return button;
    }

    private void openNewAccount() {
        NewAccountDialog dialog = new NewAccountDialog();
        dialog.create.addClickListener(click -> {
            try {
                IssuedPassword issued = accounts.create(dialog.chosenUsername(), dialog.roles.getValue())
                        .block(STORE_TIMEOUT);
                dialog.close();
                refresh();
                new IssuedPasswordDialog("Account " + issued.username() + " created", issued).open();
            } catch (AccountRefused refused) {
                dialog.show(refused);
            }
        });
        dialog.open();
    }

    private void confirmReset(AccountSummary account) {
        ConfirmDialog confirm = new ConfirmDialog("Reset the password of " + account.username() + "?",
                "Their current password stops working at once. You will see the new one once, to hand it over.",
                "Reset password", confirmed -> reset(account));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void reset(AccountSummary account) {
        try {
            IssuedPassword issued = accounts.resetPassword(account.username()).block(STORE_TIMEOUT);
            new IssuedPasswordDialog("New password for " + issued.username(), issued).open();
        } catch (AccountRefused refused) {
            showRefusal(refused);
            refresh();
        }
    }

    private void editRoles(AccountSummary account) {
        RolesDialog dialog = new RolesDialog(account);
        dialog.save.addClickListener(click -> {
            try {
                AccountSummary changed = accounts.changeRoles(account.username(), dialog.roles.getValue())
                        .block(STORE_TIMEOUT);
                dialog.close();
                refresh();
                Notification.show("Roles of " + changed.username() + ": " + RoleNames.names(changed.roles()) + ".");
            } catch (AccountRefused refused) {
                dialog.roles.refuse(refused.getMessage());
            }
        });
        dialog.open();
    }

    private void confirmDelete(AccountSummary account) {
        ConfirmDialog confirm = new ConfirmDialog("Delete the account " + account.username() + "?",
                account.username() + " can no longer sign in. The class sessions they ran stay.",
                "Delete account", confirmed -> delete(account));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(AccountSummary account) {
        try {
            accounts.delete(account.username(), administrator).block(STORE_TIMEOUT);
            Notification.show("Account " + account.username() + " deleted.");
        } catch (AccountRefused refused) {
            showRefusal(refused);
        }
        refresh();
    }

    private void showRefusal(AccountRefused refused) {
        Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(accounts.list().collectList().block(STORE_TIMEOUT));
    }
}
