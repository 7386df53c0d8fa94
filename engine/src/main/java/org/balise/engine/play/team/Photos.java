package org.balise.engine.play.team;

import java.util.Optional;
import org.balise.engine.circuit.riddle.PhotoRiddle;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.SolvedBy;

/** Photo riddles: the team sends, the teacher judges. */
final class Photos {

    private Photos() {
    }

    /** A photo for a reached, unsolved photo riddle with no photo already waiting. */
    static void submit(Decision d, SubmitPhoto command) {
        if (!Guards.playing(d)) {
            return;
        }
        Optional<Target> found = Target.unsolved(d, command.riddle());
        if (found.isEmpty()) {
            return;
        }
        Target target = found.get();
        if (!(target.riddle() instanceof PhotoRiddle)) {
            d.refuse(RefusalReason.NOT_A_PHOTO_RIDDLE, "The riddle " + target.key() + " is not answered with a photo.");
        } else if (target.progress().photo() != null) {
            d.refuse(RefusalReason.PHOTO_AWAITING_REVIEW, "A photo for " + target.key() + " is waiting for the teacher.");
        } else {
            d.emit(new PhotoSubmitted(d.commandId(), d.now(), target.key(), command.photoId()));
        }
    }

    /** The teacher approves the waiting photo: the riddle is solved as of its sending. */
    static void approve(Decision d, ApprovePhoto command) {
        waiting(d, command.riddle(), command.photoId()).ifPresent(target -> {
            PendingPhoto photo = target.progress().photo();
            d.emit(new PhotoApproved(d.commandId(), d.now(), target.key(), command.photoId(), command.teacherId()));
            target.solve(d, SolvedBy.PHOTO, photo == null ? d.now() : photo.submittedAt());
        });
    }

    /** The teacher rejects the waiting photo: the team may send another. */
    static void reject(Decision d, RejectPhoto command) {
        waiting(d, command.riddle(), command.photoId()).ifPresent(target -> d.emit(new PhotoRejected(d.commandId(),
                d.now(), target.key(), command.photoId(), command.teacherId(), command.comment())));
    }

    private static Optional<Target> waiting(Decision d, String riddle, String photoId) {
        if (!Guards.begun(d)) {
            return Optional.empty();
        }
        Optional<Target> target = Target.unsolved(d, riddle);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        PendingPhoto photo = target.get().progress().photo();
        if (photo == null || !photo.photoId().equals(photoId)) {
            d.refuse(RefusalReason.NO_SUCH_PHOTO, "No photo " + photoId + " is waiting for review at " + riddle + ".");
            return Optional.empty();
        }
        return target;
    }
}
