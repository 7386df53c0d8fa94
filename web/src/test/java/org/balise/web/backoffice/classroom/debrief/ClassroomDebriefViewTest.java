package org.balise.web.backoffice.classroom.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import java.nio.charset.StandardCharsets;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.team.AwardPoints;
import org.balise.engine.play.team.UnlockStation;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.backoffice.classroom.Classroom;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.TeamDocument;
import org.junit.jupiter.api.Test;

class ClassroomDebriefViewTest extends BackOfficeViewTest {

    ClassroomDebriefViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void theDebriefShowsEachTeamsStationsAndHowTheyWereReached() {
        SessionDocument session = playedSession("teacher-ugo");
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-ugo");

        window.navigate(DebriefView.class, session.id());

        assertThat(window.find(Details.class).all()).extracting(Details::getSummaryText)
                .containsExactly("Wolves — 7 points, 0/6 stations");
        TeamReport report = window.find(TeamReport.class).single();
        assertThat(report.getElement().getOuterHTML()).contains("Unlocked by the teacher (teacher-ugo)");
        assertThat(window.find(ClassSummary.class).single().getElement().getOuterHTML())
                .contains("Leaderboard", "Wolves", "Unlocked by the teacher 1");
    }

    @Test
    void theCsvHasALinePerTeamAndStation() {
        SessionDocument session = playedSession("teacher-vera");

        String csv = new String(DebriefCsv.of(balise.backOffice().getBean(DebriefReader.class).read(session)
                .debrief().teams()), StandardCharsets.UTF_8);

        assertThat(csv.lines()).as("a header, six stations and the final riddle").hasSize(1 + 6 + 1);
        assertThat(csv.lines().filter(line -> line.contains("liberation")).findFirst().orElseThrow())
                .startsWith("Wolves,en,,7,").contains(",TEACHER,teacher-vera,");
    }

    @Test
    void aTeamsReportIsInTheTeamsLanguageAndTheClassReportPrints() {
        SessionDocument session = playedSession("teacher-will");
        TeamDocument team = Classroom.games(balise).teams(session.id()).blockFirst();
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-will");

        window.navigate(TeamReportView.class, team.id());
        assertThat(window.find(TeamReport.class).single().getElement().getOuterHTML()).contains("Wolves", "Stations");
        window.navigate(ClassReportView.class, session.id());
        assertThat(window.find(ClassSummary.class).exists()).isTrue();
    }

    @Test
    void deletingASessionAsksFirstThenRemovesItsData() {
        SessionDocument session = playedSession("teacher-xena");
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-xena");
        window.navigate(DebriefView.class, session.id());

        window.test(window.find(Button.class).withId("delete-session").single()).click();
        assertThat(Classroom.games(balise).session(session.id()).block()).as("not before confirming").isNotNull();
        window.test(window.find(ConfirmDialog.class).single()).confirm();

        assertThat(Classroom.games(balise).session(session.id()).block()).isNull();
        assertThat(Classroom.games(balise).teams(session.id()).collectList().block()).isEmpty();
    }

    @Test
    void theCsvKeepsPupilsNamesFromBecomingFormulas() {
        assertThat(DebriefCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DebriefCsv.cell("-3")).isEqualTo("-3");
        assertThat(DebriefCsv.cell("Les Ducs, Dijon")).isEqualTo("\"Les Ducs, Dijon\"");
    }

    private SessionDocument playedSession(String teacher) {
        SessionDocument session = Classroom.startedSession(balise, teacher, Mode.ON_SITE);
        TeamDocument wolves = Classroom.join(balise, session, "Wolves");
        Classroom.play(balise, wolves, new UnlockStation(Classroom.newId(), "liberation", teacher));
        Classroom.play(balise, wolves, new AwardPoints(Classroom.newId(), 7, "Kind to passers-by", teacher));
        return session;
    }
}
