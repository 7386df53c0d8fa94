package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * Teacher: the photo shows what the riddle asked; the riddle is solved as of the photo's sending. A photo sent
 * in time may be approved after the game is over.
 *
 * @param riddle a station's id or {@code RiddleKeys.FINAL}
 */
@TypeName("approve-photo")
public record ApprovePhoto(String commandId, String riddle, String photoId, String teacherId)
        implements TeamCommand {
}
