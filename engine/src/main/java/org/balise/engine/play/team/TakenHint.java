package org.balise.engine.play.team;

import java.time.Instant;

/**
 * A hint a team took.
 *
 * @param cost the hint's price
 * @param charged the points it actually cost (less than {@code cost} when the score would have gone negative)
 */
public record TakenHint(String hintId, Instant at, int cost, int charged) {
}
