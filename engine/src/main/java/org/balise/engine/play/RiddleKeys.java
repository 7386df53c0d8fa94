package org.balise.engine.play;

/**
 * How commands and events name a riddle: by its station's id, or {@link #FINAL} for the circuit's final
 * riddle. Circuit ids hold only lowercase letters, digits and hyphens, so {@code #final} never names a
 * station.
 */
public final class RiddleKeys {

    /** The final riddle's key. */
    public static final String FINAL = "#final";

    private RiddleKeys() {
    }

    /** Whether {@code riddle} names the final riddle. */
    public static boolean isFinal(String riddle) {
        return FINAL.equals(riddle);
    }
}
