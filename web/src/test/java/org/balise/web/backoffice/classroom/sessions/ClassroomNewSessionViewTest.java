package org.balise.web.backoffice.classroom.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import java.time.Duration;
import java.util.Set;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.session.SessionState;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.backoffice.classroom.Classroom;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;

class ClassroomNewSessionViewTest extends BackOfficeViewTest {

    ClassroomNewSessionViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void aTeacherCreatesASessionWithHerChoicesAndLandsOnItsPoster() {
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-hana");
        NewSessionView form = window.navigate(NewSessionView.class);

        form.circuit.setValue(form.circuit.getListDataView().getItems()
                .filter(published -> published.circuitId().equals(Classroom.CIRCUIT)).findFirst().orElseThrow());
        form.mode.setValue(Mode.VIRTUAL);
        form.languages.setValue(Set.of("en"));
        form.duration.setValue(45);
        form.leaderboardVisible.setValue(true);
        form.keepPositions.setValue(true);
        window.test(form.create).click();

        SessionDocument created = Classroom.games(balise).sessionsOf("teacher-hana").blockFirst();
        assertThat(created.languages()).containsExactly("en");
        assertThat(created.leaderboardVisible()).isTrue();
        assertThat(created.keepPositions()).isTrue();
        SessionState state = Classroom.games(balise).state(created).block();
        assertThat(state.requireSetup().mode()).isEqualTo(Mode.VIRTUAL);
        assertThat(state.requireSetup().rules().duration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(window.getCurrentView()).isInstanceOf(PosterView.class);
    }

    @Test
    void theModesAndLanguagesOfferedAreTheCircuits() {
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-ivan");
        NewSessionView form = window.navigate(NewSessionView.class);

        form.circuit.setValue(form.circuit.getListDataView().getItems()
                .filter(published -> published.circuitId().equals(Classroom.CIRCUIT)).findFirst().orElseThrow());

        assertThat(form.mode.getListDataView().getItems()).containsExactlyInAnyOrder(Mode.ON_SITE, Mode.VIRTUAL);
        assertThat(form.languages.getListDataView().getItems()).containsExactlyInAnyOrder("fr", "en");
        assertThat(form.languages.getValue()).containsExactlyInAnyOrder("fr", "en");
    }

    @Test
    void nothingIsCreatedWithoutACircuit() {
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-jade");
        NewSessionView form = window.navigate(NewSessionView.class);

        window.test(form.create).click();

        assertThat(Classroom.games(balise).sessionsOf("teacher-jade").collectList().block()).isEmpty();
        assertThat(form.circuit.isInvalid()).isTrue();
    }
}
