package org.balise.web.backoffice.classroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.Message;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.SolvedBy;
import org.balise.engine.play.team.AcknowledgeMessage;
import org.balise.engine.play.team.OpenStation;
import org.balise.engine.play.team.SubmitPhoto;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.team.UnlockStation;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.backoffice.classroom.Classroom;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.PhotoStore;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.TeamDocument;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

class ClassroomDashboardViewTest extends BackOfficeViewTest {

    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

    ClassroomDashboardViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void theGridFollowsATeamThatJoinsAndMovesWithoutAReload() {
        SessionDocument session = Classroom.startedSession(balise, "teacher-nora", Mode.VIRTUAL);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-nora");
        window.navigate(DashboardView.class, session.id());
        assertThat(rows(window)).isEmpty();

        TeamDocument team = Classroom.join(balise, session, "Les Hiboux");
        Classroom.awaitPushed(window, WITHIN_A_SECOND, () -> rows(window).size() == 1);
        Classroom.tap(balise, team, station("liberation").zone().interiorPoint());
        Classroom.play(balise, team, new OpenStation(Classroom.newId(), "liberation"));

        Classroom.awaitPushed(window, WITHIN_A_SECOND, () -> rows(window).getFirst().whereabouts().startsWith("At "));
        TeamRow row = rows(window).getFirst();
        assertThat(row.name()).isEqualTo("Les Hiboux");
        assertThat(row.accuracy()).isEqualTo(5.0);
        assertThat(row.stationsOnRoute()).isEqualTo(6);
    }

    @Test
    void theGridCountsTheTeamsPhonesFollowingTheGameLive() {
        SessionDocument session = Classroom.startedSession(balise, "teacher-nadia", Mode.VIRTUAL);
        TeamDocument team = Classroom.join(balise, session, "Les Castors");
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-nadia");
        window.navigate(DashboardView.class, session.id());
        assertThat(rows(window).getFirst().phones()).isZero();

        Disposable firstPhone = Classroom.games(balise).watch(team).subscribe();
        Disposable secondPhone = Classroom.games(balise).watch(team).subscribe();
        // A move refreshes the dashboard, which then counts the streams open now.
        Classroom.tap(balise, team, station("liberation").zone().interiorPoint());
        Classroom.awaitPushed(window, WITHIN_A_SECOND, () -> rows(window).getFirst().phones() == 2);

        firstPhone.dispose();
        secondPhone.dispose();
        Classroom.tap(balise, team, station("liberation").zone().interiorPoint());
        Classroom.awaitPushed(window, WITHIN_A_SECOND, () -> rows(window).getFirst().phones() == 0);
    }

    @Test
    void aRecallListsTheTeamsThatHaveNotAcknowledgedIt() {
        SessionDocument session = Classroom.startedSession(balise, "teacher-omar", Mode.VIRTUAL);
        TeamDocument owls = Classroom.join(balise, session, "Owls");
        Classroom.join(balise, session, "Foxes");
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-omar");
        window.navigate(DashboardView.class, session.id());

        window.test(window.find(Button.class).withId("recall-all").single()).click();
        window.test(window.find(Button.class).withId("message-send").single()).click();

        Message recall = Classroom.games(balise).state(session).block().broadcasts().getLast();
        assertThat(recall.kind()).isEqualTo(MessageKind.RECALL);
        assertThat(recallStatus(window)).contains("not yet acknowledged by Owls, Foxes");

        Classroom.play(balise, owls, new AcknowledgeMessage(Classroom.newId(), recall.messageId()));
        Classroom.awaitPushed(window, WITHIN_A_SECOND, () -> recallStatus(window).contains("not yet acknowledged by Foxes."));
    }

    @Test
    void theTeacherPausesResumesAndEndsTheSession() {
        SessionDocument session = Classroom.startedSession(balise, "teacher-paula", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-paula");
        window.navigate(DashboardView.class, session.id());

        window.test(window.find(Button.class).withId("session-pause").single()).click();
        assertThat(status(session)).isEqualTo(GameStatus.PAUSED);
        assertThat(window.find(Span.class).withId("session-status").single().getText()).isEqualTo("Paused");
        window.test(window.find(Button.class).withId("session-resume").single()).click();
        assertThat(status(session)).isEqualTo(GameStatus.RUNNING);
        window.test(window.find(Button.class).withId("session-end").single()).click();
        window.test(window.find(ConfirmDialog.class).single()).confirm();

        assertThat(status(session)).isEqualTo(GameStatus.OVER);
    }

    @Test
    void theTeacherUnlocksAStationAwardsPointsAndWritesToOneTeam() {
        SessionDocument session = Classroom.startedSession(balise, "teacher-quentin", Mode.ON_SITE);
        TeamDocument team = Classroom.join(balise, session, "Ravens");
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-quentin");
        window.navigate(DashboardView.class, session.id());

        window.test(rowButton(window, "Unlock")).click();
        UnlockStationDialog unlock = window.find(UnlockStationDialog.class).single();
        unlock.station.setValue(station("liberation"));
        window.test(unlock.unlock).click();

        window.test(rowButton(window, "Points")).click();
        window.find(IntegerField.class).withId("award-points").single().setValue(15);
        window.find(TextField.class).withId("award-reason").single().setValue("Helped another team");
        window.test(window.find(Button.class).withId("award-confirm").single()).click();

        window.test(rowButton(window, "Message")).click();
        window.find(TextArea.class).withId("message-text").single().setValue("Look up at the roofs.");
        window.test(window.find(Button.class).withId("message-send").single()).click();

        TeamState state = Classroom.game(balise, team).state();
        assertThat(state.station("liberation").orElseThrow().arrival().method()).isEqualTo(ArrivalMethod.TEACHER);
        assertThat(state.station("liberation").orElseThrow().arrival().provedBy()).isEqualTo("teacher-quentin");
        assertThat(state.score()).isEqualTo(15);
        assertThat(state.messages()).extracting(Message::text).containsExactly("Look up at the roofs.");
        assertThat(rows(window).getFirst().score()).as("the grid shows the award at once").isEqualTo(15);
    }

    @Test
    void theTeacherApprovesAPhotoAndTheRiddleIsSolved() {
        SessionDocument session = Classroom.startedSession(balise, "teacher-rosa", Mode.ON_SITE);
        TeamDocument photographers = null;
        for (int index = 0; index < 6; index++) {
            // The sample is a rotation of six: the sixth team starts at the photo riddle.
            photographers = Classroom.join(balise, session, "Team " + index);
        }
        Classroom.play(balise, photographers, new UnlockStation(Classroom.newId(), "darcy", "teacher-rosa"));
        String photoId = balise.shared().getBean(PhotoStore.class).store(photographers,
                DefaultDataBufferFactory.sharedInstance.wrap(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}),
                "image/png").block();
        Classroom.play(balise, photographers, new SubmitPhoto(Classroom.newId(), "darcy", photoId));
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-rosa");
        window.navigate(DashboardView.class, session.id());

        assertThat(window.find(PhotoReview.class).single().isVisible()).isTrue();
        window.test(window.find(Button.class).withText("Approve").single()).click();

        TeamState state = Classroom.game(balise, photographers).state();
        assertThat(state.station("darcy").orElseThrow().riddle().solution().how()).isEqualTo(SolvedBy.PHOTO);
        assertThat(window.find(PhotoReview.class).exists()).as("no photo left to review").isFalse();
    }

    @Test
    void aTeacherCannotWatchTheirColleaguesClass() {
        SessionDocument someoneElses = Classroom.startedSession(balise, "teacher-sam", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-tom");

        window.getUI().navigate(DashboardView.class, someoneElses.id());

        assertThat(window.getCurrentView()).isNotInstanceOf(DashboardView.class);
    }

    private GameStatus status(SessionDocument session) {
        return Classroom.games(balise).state(session).block().clock().status(Instant.now());
    }

    private static List<TeamRow> rows(BrowserlessUIContext window) {
        return window.find(TeamsGrid.class).single().getListDataView().getItems().toList();
    }

    private static String recallStatus(BrowserlessUIContext window) {
        return window.find(RecallPanel.class).single().getChildren().map(child -> ((Span) child).getText())
                .findFirst().orElse("");
    }

    /** A button of the first team's line. */
    private static Button rowButton(BrowserlessUIContext window, String text) {
        TeamsGrid grid = window.find(TeamsGrid.class).single();
        Component actions = window.test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        return actions.getChildren().map(Button.class::cast).filter(button -> button.getText().equals(text))
                .findFirst().orElseThrow();
    }

    private Station station(String id) {
        return balise.shared().getBean(CircuitCatalogue.class).circuit(Classroom.CIRCUIT, Classroom.VERSION).block()
                .station(id).orElseThrow();
    }
}
