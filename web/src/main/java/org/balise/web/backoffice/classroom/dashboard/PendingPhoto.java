package org.balise.web.backoffice.classroom.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.team.FinalProgress;
import org.balise.engine.play.team.StationProgress;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.game.TeamGame;

/**
 * A photo a team sent for a photo riddle, waiting for the teacher.
 *
 * @param riddle the station's id, or {@link RiddleKeys#FINAL}
 * @param riddleTitle the station's title, or the final riddle's
 */
record PendingPhoto(TeamGame game, String riddle, String riddleTitle, String photoId, Instant submittedAt) {

    /** Every photo waiting in a snapshot, oldest first. */
    static List<PendingPhoto> in(ClassroomSnapshot snapshot) {
        List<PendingPhoto> pending = new ArrayList<>();
        for (TeamGame game : snapshot.games()) {
            for (StationProgress station : game.state().stations().values()) {
                var photo = station.riddle().photo();
                if (photo != null) {
                    String title = snapshot.circuit().station(station.stationId())
                            .map(found -> snapshot.circuit().languages().resolve(found.title(), CircuitTitles.LANGUAGE))
                            .orElse(station.stationId());
                    pending.add(new PendingPhoto(game, station.stationId(), title, photo.photoId(), photo.submittedAt()));
                }
            }
            FinalProgress finalRiddle = game.state().finalRiddle();
            if (finalRiddle != null && finalRiddle.riddle().photo() != null && snapshot.circuit().finalRiddle() != null) {
                var photo = finalRiddle.riddle().photo();
                pending.add(new PendingPhoto(game, RiddleKeys.FINAL, snapshot.circuit().languages()
                        .resolve(snapshot.circuit().finalRiddle().title(), CircuitTitles.LANGUAGE),
                        photo.photoId(), photo.submittedAt()));
            }
        }
        pending.sort(java.util.Comparator.comparing(PendingPhoto::submittedAt));
        return pending;
    }
}
