package org.balise.engine.play.team;

import java.time.Instant;

/**
 * A photo waiting for the teacher.
 *
 * @param photoId the stored photo, as the web layer names it
 * @param submittedAt when the team sent it: what counts for time limits and bonuses
 */
public record PendingPhoto(String photoId, Instant submittedAt) {
}
