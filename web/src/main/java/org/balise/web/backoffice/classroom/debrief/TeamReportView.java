package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.balise.web.backoffice.classroom.Printable;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.game.TeamDocument;

/**
 * A team's report for its pupils to take home: their stations, their score, and the trades they met with
 * the studies that lead to them, in the language the team played in.
 */
@Route(value = "classroom/team-report", autoLayout = false)
@PageTitle("Team report · Balise")
@RolesAllowed({"TEACHER", "ADMIN"})
class TeamReportView extends VerticalLayout implements HasUrlParameter<String> {

    private final SessionAccess access;
    private final DebriefReader reader;

    TeamReportView(SessionAccess access, DebriefReader reader) {
        this.access = access;
        this.reader = reader;
    }

    @Override
    public void setParameter(BeforeEvent event, String teamId) {
        TeamDocument team = access.team(teamId).orElse(null);
        if (team == null) {
            event.rerouteToError(NotFoundException.class, "No team of your sessions has this id.");
            return;
        }
        removeAll();
        TeamReportData report = reader.team(team);
        add(Printable.page("Back to the debrief", () -> DebriefNavigation.toDebrief(team.sessionId()),
                new Paragraph(report.circuit().languages().resolve(report.circuit().title(), report.language())),
                new TeamReport(report.debrief(), report.circuit(), report.language())));
    }
}
