package org.balise.engine.play.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A team's work on one riddle.
 *
 * @param attempts its wrong answers
 * @param hints the hints taken, in order
 * @param photo the photo waiting for the teacher; null when none
 * @param rejectedPhotos how many photos the teacher rejected
 * @param solution how it was solved; null while it is not
 */
public record RiddleProgress(Attempts attempts, List<TakenHint> hints, @Nullable PendingPhoto photo,
        int rejectedPhotos, @Nullable Solution solution) {

    /** A riddle nobody has worked on. */
    public static final RiddleProgress NEW = new RiddleProgress(Attempts.NONE, List.of(), null, 0, null);

    public RiddleProgress {
        hints = List.copyOf(hints);
    }

    public boolean solved() {
        return solution != null;
    }

    /** The hint with this id, if taken. */
    public Optional<TakenHint> hint(String hintId) {
        return hints.stream().filter(h -> h.hintId().equals(hintId)).findFirst();
    }

    /** The points the hints actually cost. */
    public int hintCharges() {
        return hints.stream().mapToInt(TakenHint::charged).sum();
    }

    RiddleProgress withAttempts(Attempts newAttempts) {
        return new RiddleProgress(newAttempts, hints, photo, rejectedPhotos, solution);
    }

    RiddleProgress withHint(TakenHint hint) {
        List<TakenHint> more = new ArrayList<>(hints);
        more.add(hint);
        return new RiddleProgress(attempts, more, photo, rejectedPhotos, solution);
    }

    RiddleProgress withPhoto(@Nullable PendingPhoto newPhoto) {
        return new RiddleProgress(attempts, hints, newPhoto, rejectedPhotos, solution);
    }

    RiddleProgress withPhotoRejected() {
        return new RiddleProgress(attempts, hints, null, rejectedPhotos + 1, solution);
    }

    RiddleProgress withSolution(Solution newSolution) {
        return new RiddleProgress(attempts, hints, null, rejectedPhotos, newSolution);
    }
}
