package org.balise.engine.answer;

/** How a right answer matched: for the debrief, and for tests that must tell the rules apart. */
public enum Match {
    /** Exactly as the author wrote it (after Unicode normalization and trimming), or the right choice. */
    EXACT,
    /** Equal once case, accents, punctuation and spacing are folded and number words written as digits. */
    SAME_FORM,
    /** Equal up to a few typing mistakes, within the bound for the answer's length. */
    TYPO,
    /** A number within the riddle's tolerance of the right value. */
    WITHIN_TOLERANCE
}
