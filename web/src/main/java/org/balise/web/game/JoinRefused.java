package org.balise.web.game;

/** Why a team could not join a session: each reason becomes its own problem type at the API. */
public class JoinRefused extends RuntimeException {

    private final Reason reason;

    JoinRefused(Reason reason, String sentence) {
        super(sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        UNKNOWN_JOIN_CODE,
        UNSUPPORTED_LANGUAGE,
        TEAM_NAME_TAKEN,
        SESSION_CLOSED,
        INVALID_NAME
    }
}
