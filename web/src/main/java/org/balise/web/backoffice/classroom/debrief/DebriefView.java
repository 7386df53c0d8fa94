package org.balise.web.backoffice.classroom.debrief;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.balise.engine.play.debrief.TeamDebrief;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.Printable;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.backoffice.classroom.dashboard.DashboardNavigation;
import org.balise.web.backoffice.classroom.sessions.SessionsNavigation;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.jspecify.annotations.Nullable;

/**
 * After (or during) the game: the class's results, each team's stations and trades, the CSV export, the
 * printable reports, and the deletion of everything the session left.
 */
@Route("classroom/debrief")
@RolesAllowed({"TEACHER", "ADMIN"})
class DebriefView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SessionAccess access;
    private final DebriefReader reader;
    private final GameSessions games;
    private @Nullable SessionDocument session;

    DebriefView(SessionAccess access, DebriefReader reader, GameSessions games) {
        this.access = access;
        this.reader = reader;
        this.games = games;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String sessionId) {
        Optional<SessionDocument> found = access.sessionToShow(event, sessionId);
        if (found.isEmpty()) {
            return;
        }
        session = found.get();
        ClassDebrief read = reader.read(session);
        removeAll();
        // The printable pages' style sheet also draws the debrief's tables on screen.
        add(Printable.styles(), toolbar(session), new ClassSummary(read), new H3("Teams"));
        addClassName(Printable.PAGE);
        for (TeamDebrief team : read.debrief().teams()) {
            Button print = new Button("Printable report for the team", VaadinIcon.PRINT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(TeamReportView.class, team.teamId())));
            print.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Details details = new Details(team.name() + " — " + team.score() + " points, "
                    + team.stationsSolved() + "/" + team.stations().size() + " stations",
                    new TeamReport(team, read.circuit(), CircuitTitles.LANGUAGE), print);
            details.setWidthFull();
            add(details);
        }
    }

    private HorizontalLayout toolbar(SessionDocument shown) {
        String sessionId = shown.id();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = DebriefCsv.of(reader.read(shown).debrief().teams());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "balise-" + shown.joinCode() + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), "Download CSV");
        csv.setId("debrief-csv");
        csv.getElement().setAttribute("download", true);
        Button report = new Button("Printable class report", VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ClassReportView.class, sessionId)));
        report.setId("class-report");
        Button dashboard = new Button("Dashboard", click -> DashboardNavigation.toDashboard(sessionId));
        dashboard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button("Delete session data", VaadinIcon.TRASH.create(), click -> confirmDeletion(shown));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-session");
        return new HorizontalLayout(csv, report, dashboard, delete);
    }

    private void confirmDeletion(SessionDocument doomed) {
        ConfirmDialog confirm = new ConfirmDialog("Delete session " + doomed.joinCode() + "?",
                "Its teams, their events, positions and photos are deleted for good. Download or print the "
                        + "debrief first if you need it.",
                "Delete", confirmed -> {
                    games.delete(doomed.id()).block(SessionAccess.STORE_TIMEOUT);
                    Notification.show("Session " + doomed.joinCode() + " and its data are deleted.");
                    SessionsNavigation.toSessions();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-deletion");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return session == null ? "Debrief · Balise" : "Debrief " + session.joinCode() + " · Balise";
    }
}
