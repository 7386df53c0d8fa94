package org.balise.web.backoffice.classroom.sessions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.session.SessionCommandRefused;
import org.balise.engine.play.session.SessionState;
import org.balise.web.backoffice.ViewerTime;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.backoffice.classroom.SessionAccess;
import org.balise.web.backoffice.classroom.SessionStatus;
import org.balise.web.backoffice.classroom.dashboard.DashboardNavigation;
import org.balise.web.backoffice.classroom.debrief.DebriefNavigation;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;

/** The teacher's sessions (every session, for an administrator): start one, open its poster, dashboard or debrief. */
@Route("classroom/sessions")
@PageTitle("Class sessions · Balise")
@RolesAllowed({"TEACHER", "ADMIN"})
class SessionsView extends VerticalLayout {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final SessionAccess access;
    private final GameSessions games;
    private final CircuitCatalogue catalogue;
    private final Clock clock;
    private final Grid<SessionRow> grid = new Grid<>();

    SessionsView(SessionAccess access, GameSessions games, CircuitCatalogue catalogue, Clock clock) {
        this.access = access;
        this.games = games;
        this.catalogue = catalogue;
        this.clock = clock;
        setSizeFull();

        Button create = new Button("New session", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(NewSessionView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-session");
        HorizontalLayout header = new HorizontalLayout(new H2("Class sessions"), create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.addColumn(SessionRow::circuit).setHeader("Circuit").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.session().joinCode()).setHeader("Join code").setAutoWidth(true);
        grid.addColumn(row -> ViewerTime.format(CREATED, row.session().createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(row -> SessionStatus.label(row.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(SessionRow::teams).setHeader("Teams").setAutoWidth(true);
        if (access.administrator()) {
            grid.addColumn(row -> row.session().owner()).setHeader("Teacher").setAutoWidth(true);
        }
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("No session yet: create one, print its poster, and start it when the class is ready.");
        add(header, grid);
        expand(grid);
        refresh();
    }

    private Component actions(SessionRow row) {
        String id = row.session().id();
        String code = row.session().joinCode();
        HorizontalLayout actions = new HorizontalLayout();
        if (row.status() == GameStatus.NOT_STARTED) {
            Button start = new Button("Start", click -> start(row.session()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            start.setId("start-" + code);
            actions.add(start);
        }
        actions.add(link("Poster", "poster-" + code, () -> SessionsNavigation.toPoster(id)),
                link("Dashboard", "dashboard-" + code, () -> DashboardNavigation.toDashboard(id)),
                link("Debrief", "debrief-" + code, () -> DebriefNavigation.toDebrief(id)));
        return actions;
    }

    private static Button link(String text, String id, Runnable navigation) {
        Button button = new Button(text, click -> navigation.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private void start(SessionDocument session) {
        var events = games.start(session.id()).block(SessionAccess.STORE_TIMEOUT);
        events.stream().filter(SessionCommandRefused.class::isInstance).map(SessionCommandRefused.class::cast)
                .findFirst()
                .ifPresentOrElse(
                        refused -> Notification.show(refused.sentence())
                                .addThemeVariants(NotificationVariant.LUMO_ERROR),
                        () -> Notification.show("Session " + session.joinCode() + " started: teams can play."));
        refresh();
    }

    private void refresh() {
        List<SessionRow> rows = access.visibleSessions().stream().map(this::row).toList();
        grid.setItems(rows);
    }

    private SessionRow row(SessionDocument session) {
        SessionState state = games.state(session).block(SessionAccess.STORE_TIMEOUT);
        String circuit = catalogue.find(session.circuitId(), session.circuitVersion())
                .map(published -> describe(published))
                .blockOptional(SessionAccess.STORE_TIMEOUT)
                .orElse(session.circuitId() + " " + session.circuitVersion());
        return new SessionRow(session, circuit, SessionStatus.of(state, clock.instant()), state.teams().size());
    }

    private static String describe(PublishedCircuit published) {
        return CircuitTitles.of(published.title(), published.circuitId()) + " (v" + published.version() + ")";
    }

    /** A session as the list shows it. */
    record SessionRow(SessionDocument session, String circuit, GameStatus status, int teams) {
    }
}
