package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
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
        SessionDocument session = access.session(sessionId).orElse(null);
        if (session == null) {
            event.rerouteToError(NotFoundException.class, "No session of yours has this id.");
            return;
        }
        removeAll();
        Button back = new Button("Back to the debrief", click -> DebriefNavigation.toDebrief(sessionId));
        HorizontalLayout toolbar = new HorizontalLayout(Printable.printButton(), back);
        toolbar.addClassName(Printable.SCREEN_ONLY);
        Div page = new Div(Printable.styles(), new ClassSummary(reader.read(session)));
        page.addClassName(Printable.PAGE);
        add(toolbar, page);
    }
}
