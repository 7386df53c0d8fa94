package org.balise.web.backoffice.classroom;

import java.time.Instant;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.session.SessionState;

/** Where a session stands, in the words a teacher reads. */
public final class SessionStatus {

    private SessionStatus() {
    }

    public static GameStatus of(SessionState state, Instant now) {
        return state.clock().status(now);
    }

    public static String label(GameStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Not started";
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case OVER -> "Over";
        };
    }
}
