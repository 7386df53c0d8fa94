package org.balise.web.backoffice.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.security.AccountSummary;
import org.balise.web.security.Accounts;
import org.balise.web.security.Role;
import org.balise.web.security.UserAccount;
import org.balise.web.security.UserAccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts' view against the running back-office. The store is shared with every other test of the run
 * and holds one administrator, {@code admin}; each test removes the accounts it made, so that {@code admin}
 * stays the last administrator.
 */
@ExtendWith(RunningBaliseExtension.class)
class AccountsViewTest {

    private final RunningBalise balise;
    private final List<String> made = new ArrayList<>();
    private SecuredBrowserlessApplicationContext<Authentication> app;

    AccountsViewTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void openTheBackOffice() {
        app = SpringBrowserlessApplicationContext.createSecured(balise.backOffice(), "org.balise.web.backoffice");
    }

    @AfterEach
    void closeItAndForgetTheAccounts() {
        app.close();
        UserAccountRepository repository = balise.shared().getBean(UserAccountRepository.class);
        made.forEach(username -> repository.findByUsername(username).flatMap(repository::delete).block());
    }

    @Test
    void anAdministratorCreatesAnAccountAndSeesItsPasswordOnce() {
        BrowserlessUIContext window = administrator("admin-ines");
        window.navigate(AccountsView.class);
        made.add("view.claire");

        window.test(window.find(Button.class).withId("new-account").single()).click();
        NewAccountDialog dialog = window.find(NewAccountDialog.class).single();
        window.test(dialog.username).setValue("view.claire");
        window.test(dialog.roles).selectItem(RoleNames.name(Role.TEACHER) + ": " + RoleNames.sentence(Role.TEACHER));
        window.test(dialog.create).click();

        IssuedPasswordDialog shown = window.find(IssuedPasswordDialog.class).single();
        String password = shown.password.getValue();
        assertThat(signIn("view.claire", password).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_TEACHER").doesNotContain("ROLE_ADMIN", "ROLE_AUTHOR");
        assertThat(usernamesListed(window)).contains("view.claire");

        window.test(window.find(Button.class).withId("password-done").single()).click();
        assertThat(window.find(IssuedPasswordDialog.class).all()).as("the password is shown once").isEmpty();
        assertThat(window.find(NewAccountDialog.class).all()).isEmpty();
    }

    @Test
    void aUsernameTakenInOtherCapitalsIsShownOnTheField() {
        BrowserlessUIContext window = administrator("admin-jules");
        window.navigate(AccountsView.class);

        window.test(window.find(Button.class).withId("new-account").single()).click();
        NewAccountDialog dialog = window.find(NewAccountDialog.class).single();
        window.test(dialog.username).setValue("ADMIN");
        dialog.roles.setValue(Set.of(Role.AUTHOR));
        window.test(dialog.create).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("ADMIN is taken");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(window.find(IssuedPasswordDialog.class).all()).isEmpty();
    }

    @Test
    void aResetShowsTheNewPasswordOnceConfirmed() {
        String first = accounts().create("view.reset", Set.of(Role.AUTHOR)).block().password();
        made.add("view.reset");
        BrowserlessUIContext window = administrator("admin-karim");
        window.navigate(AccountsView.class);

        window.test(action(window, "reset-view.reset")).click();
        window.test(window.find(ConfirmDialog.class).single()).confirm();

        String reset = window.find(IssuedPasswordDialog.class).single().password.getValue();
        assertThat(reset).isNotEqualTo(first);
        assertThat(encoder().matches(reset, storedHash("view.reset"))).isTrue();
    }

    @Test
    void anAdministratorChangesTheRolesOfAnAccount() {
        accounts().create("view.roles", Set.of(Role.AUTHOR)).block();
        made.add("view.roles");
        BrowserlessUIContext window = administrator("admin-lea");
        window.navigate(AccountsView.class);

        window.test(action(window, "roles-view.roles")).click();
        RolesDialog dialog = window.find(RolesDialog.class).single();
        dialog.roles.setValue(Set.of(Role.AUTHOR, Role.TEACHER));
        window.test(dialog.save).click();

        assertThat(roles("view.roles")).containsExactlyInAnyOrder(Role.AUTHOR, Role.TEACHER);
        assertThat(rolesListed(window, "view.roles")).isEqualTo("Author, Teacher");
    }

    @Test
    void theLastAdministratorKeepsTheRoleWhateverTheViewAsks() {
        BrowserlessUIContext window = administrator("admin-marc");
        window.navigate(AccountsView.class);

        window.test(action(window, "roles-admin")).click();
        RolesDialog dialog = window.find(RolesDialog.class).single();
        dialog.roles.setValue(Set.of(Role.AUTHOR, Role.TEACHER));
        window.test(dialog.save).click();

        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).startsWith("admin is the last administrator");
        assertThat(roles("admin")).contains(Role.ADMIN);
    }

    @Test
    void theLastAdministratorCannotBeDeleted() {
        BrowserlessUIContext window = administrator("admin-nora");
        window.navigate(AccountsView.class);

        window.test(action(window, "delete-admin")).click();
        window.test(window.find(ConfirmDialog.class).single()).confirm();

        assertThat(notifications(window)).anyMatch(text -> text.startsWith("admin is the last administrator"));
        assertThat(usernamesListed(window)).contains("admin");
    }

    @Test
    void anAdministratorCannotDeleteThemselves() {
        accounts().create("view.ada", Set.of(Role.ADMIN)).block();
        made.add("view.ada");
        BrowserlessUIContext window = administrator("view.ada");
        window.navigate(AccountsView.class);

        window.test(action(window, "delete-view.ada")).click();
        window.test(window.find(ConfirmDialog.class).single()).confirm();

        assertThat(notifications(window)).contains("You cannot delete your own account: another administrator can.");
        assertThat(roles("view.ada")).contains(Role.ADMIN);
    }

    @Test
    void aDeletedAccountLeavesTheList() {
        accounts().create("view.gone", Set.of(Role.TEACHER)).block();
        made.add("view.gone");
        BrowserlessUIContext window = administrator("admin-olga");
        window.navigate(AccountsView.class);

        window.test(action(window, "delete-view.gone")).click();
        window.test(window.find(ConfirmDialog.class).single()).confirm();

        assertThat(usernamesListed(window)).doesNotContain("view.gone");
        assertThat(balise.shared().getBean(UserAccountRepository.class).findByUsername("view.gone").block()).isNull();
    }

    @Test
    void onlyAnAdministratorIsOfferedTheAccounts() {
        assertThat(navigationLabels(administrator("admin-paul"))).contains("Accounts");
        assertThat(navigationLabels(app.newUser("teacher-quinn", "TEACHER", "AUTHOR").newWindow()))
                .doesNotContain("Accounts");
    }

    @Test
    void aTeacherCannotOpenTheAccounts() {
        BrowserlessUIContext window = app.newUser("teacher-rose", "TEACHER").newWindow();

        Component shown = window.navigate("accounts", Component.class);

        assertThat(shown).isNotInstanceOf(AccountsView.class);
        assertThat(window.find(Grid.class).all()).isEmpty();
    }

    private BrowserlessUIContext administrator(String username) {
        return app.newUser(username, "ADMIN").newWindow();
    }

    private static List<String> navigationLabels(BrowserlessUIContext window) {
        window.navigate("", Component.class);
        return window.find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    /** A row's button: a grid renders its component columns only when asked for a cell. */
    @SuppressWarnings("unchecked")
    private static Button action(BrowserlessUIContext window, String id) {
        Grid<AccountSummary> grid = window.find(Grid.class).single();
        int rows = grid.getListDataView().getItemCount();
        for (int row = 0; row < rows; row++) {
            var cell = window.test(grid).getCellComponent(row, grid.getColumns().size() - 1);
            var button = cell.getChildren().filter(child -> child.getId().orElse("").equals(id)).findFirst();
            if (button.isPresent()) {
                return (Button) button.get();
            }
        }
        throw new AssertionError("No button " + id + " in the grid");
    }

    @SuppressWarnings("unchecked")
    private static List<String> usernamesListed(BrowserlessUIContext window) {
        Grid<AccountSummary> grid = window.find(Grid.class).single();
        return grid.getListDataView().getItems().map(AccountSummary::username).toList();
    }

    @SuppressWarnings("unchecked")
    private static String rolesListed(BrowserlessUIContext window, String username) {
        Grid<AccountSummary> grid = window.find(Grid.class).single();
        List<AccountSummary> rows = grid.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(account -> account.username().equals(username)).findFirst()
                .orElseThrow());
        return window.test(grid).getCellText(row, 1);
    }

    private static List<String> notifications(BrowserlessUIContext window) {
        return window.find(Notification.class).all().stream()
                .map(notification -> window.test(notification).getText()).toList();
    }

    private Accounts accounts() {
        return balise.shared().getBean(Accounts.class);
    }

    private PasswordEncoder encoder() {
        return balise.shared().getBean(PasswordEncoder.class);
    }

    private String storedHash(String username) {
        return stored(username).passwordHash();
    }

    private Set<Role> roles(String username) {
        return stored(username).roles();
    }

    private UserAccount stored(String username) {
        return balise.shared().getBean(UserAccountRepository.class).findByUsername(username).block();
    }

    /** Signs in as the back-office's login form does, with its own authentication provider. */
    private Authentication signIn(String username, String password) {
        return balise.backOffice().getBean(DaoAuthenticationProvider.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
