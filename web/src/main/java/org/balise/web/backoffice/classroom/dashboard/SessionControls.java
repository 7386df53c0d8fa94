package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import org.balise.engine.play.GameStatus;
import org.balise.web.backoffice.classroom.SessionStatus;

/** The session's clock and its lifecycle: start, pause, resume, end. Only what makes sense now is shown. */
final class SessionControls extends HorizontalLayout {

    /** What each button does. */
    record Lifecycle(Runnable start, Runnable pause, Runnable resume, Runnable end) {
    }

    final Span status = new Span();
    final Span timeLeft = new Span();
    final Button start = new Button("Start");
    final Button pause = new Button("Pause");
    final Button resume = new Button("Resume");
    final Button end = new Button("End session");

    SessionControls(Lifecycle lifecycle) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        status.setId("session-status");
        status.getElement().getThemeList().add("badge");
        timeLeft.setId("time-left");
        start.setId("session-start");
        pause.setId("session-pause");
        resume.setId("session-resume");
        end.setId("session-end");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        start.addClickListener(click -> lifecycle.start().run());
        pause.addClickListener(click -> lifecycle.pause().run());
        resume.addClickListener(click -> lifecycle.resume().run());
        end.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog("End the session?",
                    "Teams can no longer play. Their results stay for the debrief.", "End session",
                    confirmed -> lifecycle.end().run());
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        add(status, timeLeft, start, pause, resume, end);
    }

    void show(ClassroomSnapshot snapshot) {
        GameStatus now = snapshot.status();
        status.setText(SessionStatus.label(now));
        Duration left = snapshot.state().clock().timeLeft(snapshot.at());
        timeLeft.setText(left == null ? "" : String.format("%d:%02d left", left.toMinutes(), left.toSecondsPart()));
        start.setVisible(now == GameStatus.NOT_STARTED);
        pause.setVisible(now == GameStatus.RUNNING);
        resume.setVisible(now == GameStatus.PAUSED);
        end.setVisible(now == GameStatus.RUNNING || now == GameStatus.PAUSED);
    }
}
