package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.UI;

/** The way to a session's debrief from elsewhere in the back-office. */
public final class DebriefNavigation {

    private DebriefNavigation() {
    }

    public static void toDebrief(String sessionId) {
        UI.getCurrent().navigate(DebriefView.class, sessionId);
    }
}
