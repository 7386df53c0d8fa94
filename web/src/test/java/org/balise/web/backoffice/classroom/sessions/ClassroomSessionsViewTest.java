package org.balise.web.backoffice.classroom.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameStatus;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.backoffice.classroom.Classroom;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;

class ClassroomSessionsViewTest extends BackOfficeViewTest {

    ClassroomSessionsViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void aTeacherSeesHerOwnSessionsAndNobodyElses() {
        SessionDocument hers = Classroom.session(balise, "teacher-alice", Mode.ON_SITE);
        SessionDocument his = Classroom.session(balise, "teacher-bob", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-alice");

        window.navigate(SessionsView.class);

        assertThat(joinCodesShown(window)).contains(hers.joinCode()).doesNotContain(his.joinCode());
    }

    @Test
    void anAdministratorSeesEverySessionWithItsTeacher() {
        SessionDocument hers = Classroom.session(balise, "teacher-carol", Mode.ON_SITE);
        SessionDocument his = Classroom.session(balise, "teacher-dan", Mode.VIRTUAL);
        BrowserlessUIContext window = app.newUser("admin-eve", "ADMIN").newWindow();

        window.navigate(SessionsView.class);

        assertThat(joinCodesShown(window)).contains(hers.joinCode(), his.joinCode());
        Grid<?> grid = window.find(Grid.class).single();
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText).toList()).contains("Teacher");
    }

    @Test
    void aTeacherStartsASessionFromTheList() {
        SessionDocument session = Classroom.session(balise, "teacher-fred", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-fred");
        window.navigate(SessionsView.class);

        window.test(action(window, session, "start-")).click();

        var state = Classroom.games(balise).state(session).block();
        assertThat(state.clock().status(java.time.Instant.now())).isEqualTo(GameStatus.RUNNING);
        assertThat(actionIds(window, session)).as("a started session offers no Start")
                .doesNotContain("start-" + session.joinCode()).contains("dashboard-" + session.joinCode());
    }

    @Test
    void theListLeadsToThePosterOfASession() {
        SessionDocument session = Classroom.session(balise, "teacher-gina", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-gina");
        window.navigate(SessionsView.class);

        window.test(action(window, session, "poster-")).click();

        assertThat(window.getCurrentView()).isInstanceOf(PosterView.class);
    }

    /** A row's buttons: a grid renders its component columns only when asked for a cell. */
    @SuppressWarnings("unchecked")
    private static List<Button> actions(BrowserlessUIContext window, SessionDocument session) {
        Grid<SessionsView.SessionRow> grid = window.find(Grid.class).single();
        List<SessionsView.SessionRow> rows = grid.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(shown -> shown.session().id().equals(session.id()))
                .findFirst().orElseThrow());
        return window.test(grid).getCellComponent(row, grid.getColumns().size() - 1).getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static List<String> actionIds(BrowserlessUIContext window, SessionDocument session) {
        return actions(window, session).stream().map(button -> button.getId().orElse("")).toList();
    }

    private static Button action(BrowserlessUIContext window, SessionDocument session, String prefix) {
        return actions(window, session).stream()
                .filter(button -> button.getId().orElse("").equals(prefix + session.joinCode()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> joinCodesShown(BrowserlessUIContext window) {
        Grid<SessionsView.SessionRow> grid = window.find(Grid.class).single();
        List<String> codes = new ArrayList<>();
        grid.getListDataView().getItems().forEach(row -> codes.add(row.session().joinCode()));
        return codes;
    }
}
