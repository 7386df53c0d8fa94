package org.balise.engine.circuit.model;

import java.time.Duration;
import org.balise.engine.i18n.LocalizedText;

/**
 * Help a team may take, at a cost.
 *
 * @param id unique within its station (or within the final riddle)
 * @param text what the hint says
 * @param cost points the team loses by taking it
 * @param availableAfter how long after arriving the hint can be taken; zero when at once
 */
public record Hint(String id, LocalizedText text, int cost, Duration availableAfter) {

    public Hint {
        if (cost < 0) {
            throw new IllegalArgumentException("a hint's cost must not be negative, was " + cost);
        }
        if (availableAfter.isNegative()) {
            throw new IllegalArgumentException("a hint cannot be available before the team arrives, was " + availableAfter);
        }
    }
}
