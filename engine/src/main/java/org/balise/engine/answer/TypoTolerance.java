package org.balise.engine.answer;

/**
 * How many typing mistakes an answer of a given length forgives: none up to 3 characters (a short word with
 * one letter changed is often another word), one up to 7, two beyond. Lengths count the canonical form's
 * code points ({@link TextForm}), so spaces and punctuation do not buy extra mistakes.
 */
public final class TypoTolerance {

    private TypoTolerance() {
    }

    /** The mistakes forgiven in an accepted answer whose canonical form is {@code length} code points long. */
    public static int allowedEdits(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 7 ? 1 : 2;
    }
}
