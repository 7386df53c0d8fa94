package org.balise.engine.circuit.riddle;

/**
 * How a typed answer is compared with the accepted ones. The comparison itself belongs to the answer
 * checker; this only records the author's choices.
 *
 * @param typoTolerance whether a small typing mistake still counts
 * @param caseSensitive whether capitals differ from small letters
 * @param accentSensitive whether accented letters differ from plain ones (é from e)
 */
public record Matching(boolean typoTolerance, boolean caseSensitive, boolean accentSensitive) {

    /** Forgiving, for answers typed on a phone in the street. */
    public static final Matching DEFAULT = new Matching(true, false, false);
}
