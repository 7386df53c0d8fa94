package org.balise.engine.play.view;

import java.time.Instant;
import org.balise.engine.play.MessageKind;

/**
 * A teacher's message as a team sees it.
 *
 * @param broadcast whether every team received it
 * @param needsAcknowledgement whether the phone must acknowledge it (a recall)
 * @param acknowledged whether the team did
 */
public record MessageView(String id, MessageKind kind, String text, Instant sentAt, boolean broadcast,
        boolean needsAcknowledgement, boolean acknowledged) {
}
