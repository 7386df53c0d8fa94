package org.balise.web.backoffice.classroom.dashboard;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.balise.engine.play.Message;
import org.balise.engine.play.MessageKind;
import org.balise.web.backoffice.ViewerTime;
import org.balise.web.game.TeamGame;

/** After a recall: which teams have not acknowledged it yet, so the teacher knows whom to phone or look for. */
final class RecallPanel extends HorizontalLayout {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Span status = new Span();

    RecallPanel() {
        setId("recall-status");
        setWidthFull();
        setPadding(true);
        getStyle().set("background", "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        add(status);
        setVisible(false);
    }

    void show(ClassroomSnapshot snapshot) {
        Optional<Message> recall = lastRecall(snapshot);
        setVisible(recall.isPresent());
        recall.ifPresent(message -> {
            List<String> missing = notAcknowledged(snapshot).stream().map(game -> game.team().name()).toList();
            String sent = "Recall sent at " + ViewerTime.format(SENT, message.sentAt()) + ": ";
            status.setText(missing.isEmpty() ? sent + "every team has acknowledged it."
                    : sent + "not yet acknowledged by " + String.join(", ", missing) + ".");
        });
    }

    /** The teams of the last recall that have not acknowledged it; empty when there was no recall. */
    static List<TeamGame> notAcknowledged(ClassroomSnapshot snapshot) {
        return lastRecall(snapshot).map(message -> snapshot.games().stream()
                        .filter(game -> !game.state().acknowledged().contains(message.messageId()))
                        .toList())
                .orElse(List.of());
    }

    private static Optional<Message> lastRecall(ClassroomSnapshot snapshot) {
        return snapshot.state().broadcasts().stream()
                .filter(message -> message.kind() == MessageKind.RECALL)
                .reduce((earlier, later) -> later);
    }
}
