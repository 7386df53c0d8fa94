package org.balise.engine.answer;

/** What the checker says about one response. */
public sealed interface Verdict permits Verdict.Correct, Verdict.Incorrect, Verdict.Unreadable {

    /** Whether the response solves the riddle. */
    default boolean isCorrect() {
        return this instanceof Correct;
    }

    /**
     * The response solves the riddle.
     *
     * @param match how it matched
     * @param edits how many typing mistakes were forgiven (0 unless {@code match} is {@link Match#TYPO})
     */
    record Correct(Match match, int edits) implements Verdict {
        public Correct {
            if (edits < 0) {
                throw new IllegalArgumentException("edits must not be negative, was " + edits);
            }
        }
    }

    /** A well-formed answer that is wrong: it counts as an attempt. */
    record Incorrect() implements Verdict {
    }

    /**
     * The response cannot be an answer to this riddle (not a number, an unknown option, the wrong shape):
     * it does not count as an attempt.
     *
     * @param why a sentence for the team
     */
    record Unreadable(String why) implements Verdict {
    }
}
