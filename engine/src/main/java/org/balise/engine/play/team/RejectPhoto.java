package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * Teacher: the photo does not show what the riddle asked; the team may send another.
 *
 * @param riddle a station's id or {@code RiddleKeys.FINAL}
 * @param comment what to do better, for the team; may be empty
 */
@TypeName("reject-photo")
public record RejectPhoto(String commandId, String riddle, String photoId, String teacherId, String comment)
        implements TeamCommand {
}
