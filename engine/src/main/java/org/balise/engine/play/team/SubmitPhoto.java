package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * The team sent a photo for a photo riddle; the teacher will approve or reject it.
 *
 * @param riddle a station's id, or {@code RiddleKeys.FINAL} for a final riddle answered with a photo
 * @param photoId the stored photo, as the web layer names it
 */
@TypeName("submit-photo")
public record SubmitPhoto(String commandId, String riddle, String photoId) implements TeamCommand {
}
