package org.balise.engine.play.team;

import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.RefusalReason;

/** The checks many commands share; each refuses the command itself and answers whether it may go on. */
final class Guards {

    private Guards() {
    }

    /** The game is running and the team still plays: what every player's action needs. */
    static boolean playing(Decision d) {
        switch (d.status()) {
            case NOT_STARTED -> d.refuse(RefusalReason.GAME_NOT_STARTED, "The game has not started yet.");
            case PAUSED -> d.refuse(RefusalReason.GAME_PAUSED, "The game is paused: wait for the teacher to resume it.");
            case OVER -> d.refuse(RefusalReason.GAME_OVER, "The game is over.");
            case RUNNING -> {
                if (!d.state().finished()) {
                    return true;
                }
                d.refuse(RefusalReason.TEAM_FINISHED, "The team has finished the game.");
            }
        }
        return false;
    }

    /** The game has begun and is not over, paused or not, and the team still plays: for the teacher's unlock. */
    static boolean underway(Decision d) {
        switch (d.status()) {
            case NOT_STARTED -> d.refuse(RefusalReason.GAME_NOT_STARTED, "The game has not started yet.");
            case OVER -> d.refuse(RefusalReason.GAME_OVER, "The game is over.");
            case RUNNING, PAUSED -> {
                if (!d.state().finished()) {
                    return true;
                }
                d.refuse(RefusalReason.TEAM_FINISHED, "The team has finished the game.");
            }
        }
        return false;
    }

    /** The game has begun (it may be over): for the teacher's judging of what was sent in time. */
    static boolean begun(Decision d) {
        if (d.status() == GameStatus.NOT_STARTED) {
            d.refuse(RefusalReason.GAME_NOT_STARTED, "The game has not started yet.");
            return false;
        }
        return true;
    }

    /** The session is played in {@code mode}. */
    static boolean inMode(Decision d, Mode mode) {
        if (d.context().mode() == mode) {
            return true;
        }
        d.refuse(RefusalReason.WRONG_MODE, "This is possible only " + mode.jsonName() + ", and this game is "
                + d.context().mode().jsonName() + ".");
        return false;
    }
}
