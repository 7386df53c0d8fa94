package org.balise.web.backoffice;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.balise.web.backoffice.accounts.AccountsNavigation;
import org.balise.web.backoffice.classroom.sessions.SessionsNavigation;
import org.balise.web.backoffice.studio.StudioNavigation;
import org.balise.web.security.PasswordChanges;

/** The frame of every signed-in view: the navigation, who is signed in, and the way out. */
@Layout
@PermitAll
class BackOfficeLayout extends AppLayout {

    BackOfficeLayout(AuthenticationContext authentication, PasswordChanges passwordChanges) {
        Span title = new Span("Balise");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        String username = authentication.getPrincipalName().orElse("");
        Span user = new Span(username);
        Button changePassword = new Button("Change password",
                click -> new ChangePasswordDialog(username, passwordChanges).open());
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, changePassword, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav navigation = new SideNav();
        navigation.setLabel("Back-office");
        navigation.addItem(new SideNavItem("Home", HomeView.class));
        if (authentication.hasAnyRole("AUTHOR", "ADMIN")) {
            navigation.addItem(StudioNavigation.sideNavItem());
        }
        if (authentication.hasAnyRole("TEACHER", "ADMIN")) {
            navigation.addItem(SessionsNavigation.sideNavItem());
        }
        if (authentication.hasRole("ADMIN")) {
            navigation.addItem(AccountsNavigation.sideNavItem());
        }
        addToDrawer(navigation);
    }
}
