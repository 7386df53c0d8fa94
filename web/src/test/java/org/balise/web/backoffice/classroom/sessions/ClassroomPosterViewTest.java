package org.balise.web.backoffice.classroom.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.balise.engine.circuit.model.Mode;
import org.balise.web.RunningBalise;
import org.balise.web.backoffice.BackOfficeViewTest;
import org.balise.web.backoffice.classroom.Classroom;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;

class ClassroomPosterViewTest extends BackOfficeViewTest {

    ClassroomPosterViewTest(RunningBalise balise) {
        super(balise);
    }

    @Test
    void thePosterShowsTheJoinCodeItsQrCodeAndInstructionsInEachLanguage() {
        SessionDocument session = Classroom.session(balise, "teacher-kim", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-kim");

        window.navigate(PosterView.class, session.id());

        assertThat(window.find(Div.class).withId("join-code").single().getText()).isEqualTo(session.joinCode());
        String url = window.find(Paragraph.class).withId("join-url").single().getText();
        assertThat(url).endsWith("/join/" + session.joinCode());
        assertThat(window.find(Svg.class).withId("join-qr").single().getElement().getProperty("innerHTML"))
                .contains("<svg");
        assertThat(window.find(H2.class).all()).extracting(H2::getText)
                .containsExactlyInAnyOrder("Pour rejoindre le jeu", "How to join");
    }

    @Test
    void aTeacherCannotOpenTheirColleaguesPoster() {
        SessionDocument someoneElses = Classroom.session(balise, "teacher-lea", Mode.ON_SITE);
        BrowserlessUIContext window = Classroom.teacher(app, "teacher-max");

        window.getUI().navigate(PosterView.class, someoneElses.id());

        assertThat(window.getCurrentView()).isNotInstanceOf(PosterView.class);
        assertThat(window.find(Div.class).withId("join-code").exists()).isFalse();
    }
}
