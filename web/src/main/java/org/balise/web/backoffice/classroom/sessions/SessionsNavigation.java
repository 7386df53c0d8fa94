package org.balise.web.backoffice.classroom.sessions;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The way to the sessions' views from elsewhere in the back-office; the views themselves stay package-private. */
public final class SessionsNavigation {

    private SessionsNavigation() {
    }

    /** The entry of the back-office's navigation. */
    public static SideNavItem sideNavItem() {
        return new SideNavItem("Class sessions", SessionsView.class, VaadinIcon.GROUP.create());
    }

    public static void toSessions() {
        UI.getCurrent().navigate(SessionsView.class);
    }

    public static void toPoster(String sessionId) {
        UI.getCurrent().navigate(PosterView.class, sessionId);
    }
}
