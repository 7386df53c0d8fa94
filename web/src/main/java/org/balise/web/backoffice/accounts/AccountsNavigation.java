package org.balise.web.backoffice.accounts;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The way to the accounts' view from elsewhere in the back-office; the view itself stays package-private. */
public final class AccountsNavigation {

    private AccountsNavigation() {
    }

    /** The entry of the back-office's navigation, for administrators only. */
    public static SideNavItem sideNavItem() {
        return new SideNavItem("Accounts", AccountsView.class, VaadinIcon.USERS.create());
    }
}
