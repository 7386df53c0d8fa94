package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.UI;

/** The way to a session's live dashboard from elsewhere in the back-office. */
public final class DashboardNavigation {

    private DashboardNavigation() {
    }

    public static void toDashboard(String sessionId) {
        UI.getCurrent().navigate(DashboardView.class, sessionId);
    }
}
