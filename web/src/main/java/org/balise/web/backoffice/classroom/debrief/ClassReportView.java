package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.balise.web.backoffice.classroom.Printable;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.game.SessionDocument;

/** The class's results on paper: to discuss with the class, or to keep. Outside the back-office's frame. */
@Route(value = "classroom/class-report", autoLayout = false)
@PageTitle("Class report · Balise")
@RolesAllowed({"TEACHER", "ADMIN"})
class ClassReportView extends VerticalLayout implements HasUrlParameter<String> {

    private final SessionAccess access;
    private final DebriefReader reader;

    ClassReportView(SessionAccess access, DebriefReader reader) {
        this.access = access;
        this.reader = reader;
    }

    @Override
    public void setParameter(BeforeEvent event, String sessionId) {
        SessionDocument session = access.sessionToShow(event, sessionId).orElse(null);
        if (session == null) {
            return;
        }
        removeAll();
        add(Printable.page("Back to the debrief", () -> DebriefNavigation.toDebrief(sessionId),
                new ClassSummary(reader.read(session))));
    }
}
