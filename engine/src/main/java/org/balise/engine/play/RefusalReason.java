package org.balise.engine.play;

/**
 * Why a command was refused. Phones show their own translation of the reason; the sentence here is the
 * English default, for logs and for the teacher. A refusal event also carries a sentence about the case at
 * hand (which station, until when).
 */
public enum RefusalReason {
    // The session.
    SESSION_NOT_CREATED("The session does not exist yet."),
    SESSION_ALREADY_CREATED("The session already exists."),
    GAME_NOT_STARTED("The game has not started yet."),
    GAME_ALREADY_STARTED("The game has already started."),
    GAME_PAUSED("The game is paused."),
    GAME_NOT_PAUSED("The game is not paused."),
    GAME_OVER("The game is over."),
    MODE_NOT_OFFERED("The circuit cannot be played in this mode."),
    WRONG_MODE("This is not possible in this game's mode."),
    // Teams.
    TEAM_NAME_MISSING("A team needs a name."),
    TEAM_NAME_TAKEN("Another team already has this name."),
    TEAM_ALREADY_JOINED("This team has already joined."),
    LANGUAGE_NOT_OFFERED("The circuit is not written in this language."),
    TEAM_FINISHED("The team has finished the game."),
    // Stations.
    NOTHING_REPORTED("No position was reported."),
    UNKNOWN_STATION("There is no such station on the team's route."),
    STATION_LOCKED("This station is not open yet."),
    STATION_NOT_REACHED("The team has not reached this station yet."),
    ALREADY_ARRIVED("The team has already reached this station."),
    MUST_FIND_ON_MAP("This station must be found on the map."),
    PROOF_NOT_OFFERED("This station cannot be proven this way."),
    UNKNOWN_QR_CODE("This QR code belongs to no station of the team's route."),
    // Riddles.
    ALREADY_SOLVED("This riddle is already solved."),
    TOO_MANY_ATTEMPTS("Too many wrong attempts: wait before trying again."),
    ANSWER_NOT_UNDERSTOOD("This answer cannot be read for this riddle."),
    NOTHING_TO_ANSWER("This riddle is not answered by typing or choosing."),
    NOT_A_PHOTO_RIDDLE("This riddle is not answered with a photo."),
    PHOTO_AWAITING_REVIEW("A photo is already waiting for the teacher."),
    NO_SUCH_PHOTO("No such photo is waiting for review."),
    NO_FINAL_RIDDLE("This circuit has no final riddle."),
    FINAL_RIDDLE_LOCKED("The final riddle is not open yet."),
    // Hints.
    UNKNOWN_HINT("There is no such hint."),
    HINT_NOT_YET_AVAILABLE("This hint is not available yet."),
    HINT_ALREADY_TAKEN("This hint was already taken."),
    // Messages and points.
    MESSAGE_EMPTY("A message needs a text."),
    MESSAGE_ID_TAKEN("Another message already has this id."),
    UNKNOWN_MESSAGE("There is no such message."),
    NOTHING_TO_ACKNOWLEDGE("This message needs no acknowledgement."),
    ALREADY_ACKNOWLEDGED("This message was already acknowledged."),
    NO_POINTS("An award must be worth some points.");

    private final String sentence;

    RefusalReason(String sentence) {
        this.sentence = sentence;
    }

    /** The reason in an English sentence. */
    public String sentence() {
        return sentence;
    }
}
