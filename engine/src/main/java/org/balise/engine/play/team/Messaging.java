package org.balise.engine.play.team;

import java.util.Optional;
import java.util.stream.Stream;
import org.balise.engine.play.Message;
import org.balise.engine.play.RefusalReason;

/** The teacher's messages and awards. */
final class Messaging {

    private Messaging() {
    }

    /** A message to this team; allowed at any time, so that a teacher can recall a team even after the end. */
    static void send(Decision d, SendMessage command) {
        if (command.text().isBlank()) {
            d.refuse(RefusalReason.MESSAGE_EMPTY, "The message has no text.");
        } else if (message(d, command.messageId()).isPresent()) {
            d.refuse(RefusalReason.MESSAGE_ID_TAKEN, "A message with id " + command.messageId() + " was already sent.");
        } else {
            d.emit(new MessageReceived(d.commandId(), d.now(), command.messageId(), command.kind(), command.text(),
                    command.teacherId()));
        }
    }

    /** The team read a recall (its own or a broadcast), once. */
    static void acknowledge(Decision d, AcknowledgeMessage command) {
        Optional<Message> message = message(d, command.messageId());
        if (message.isEmpty()) {
            d.refuse(RefusalReason.UNKNOWN_MESSAGE, "The team has no message " + command.messageId() + ".");
        } else if (!message.get().needsAcknowledgement()) {
            d.refuse(RefusalReason.NOTHING_TO_ACKNOWLEDGE, "Message " + command.messageId() + " needs no acknowledgement.");
        } else if (d.state().acknowledged().contains(command.messageId())) {
            d.refuse(RefusalReason.ALREADY_ACKNOWLEDGED, "Message " + command.messageId() + " was already acknowledged.");
        } else {
            d.emit(new MessageAcknowledged(d.commandId(), d.now(), command.messageId()));
        }
    }

    /** Points by hand, logged; a penalty stops at zero unless the rules allow negative scores. */
    static void award(Decision d, AwardPoints command) {
        if (command.points() == 0) {
            d.refuse(RefusalReason.NO_POINTS, "An award of 0 points changes nothing.");
            return;
        }
        int applied = d.context().rules().applicable(d.state().score(), command.points());
        d.emit(new PointsAwarded(d.commandId(), d.now(), command.points(), applied, command.reason(),
                command.teacherId()));
    }

    private static Optional<Message> message(Decision d, String messageId) {
        return Stream.concat(d.state().messages().stream(), d.context().broadcasts().stream())
                .filter(m -> m.messageId().equals(messageId))
                .findFirst();
    }
}
