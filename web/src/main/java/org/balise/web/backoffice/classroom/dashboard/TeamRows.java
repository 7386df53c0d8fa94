package org.balise.web.backoffice.classroom.dashboard;

import java.util.List;
import org.balise.engine.play.debrief.Debriefs;
import org.balise.engine.play.debrief.TeamDebrief;
import org.balise.engine.play.team.AcceptedFix;
import org.balise.engine.play.team.TeamState;
import org.balise.engine.play.view.FinalStatus;
import org.balise.engine.play.view.PlayerView;
import org.balise.engine.play.view.PlayerViews;
import org.balise.engine.play.view.StationStatus;
import org.balise.engine.play.view.StationView;
import org.balise.web.backoffice.classroom.CircuitTitles;
import org.balise.web.game.TeamGame;

/** Makes the grid's lines from a snapshot: the engine's own views and debriefs, so the numbers match the phones'. */
final class TeamRows {

    private TeamRows() {
    }

    static List<TeamRow> of(ClassroomSnapshot snapshot, TeamActivity activity, TeamAlerts alerts) {
        return snapshot.games().stream().map(game -> row(snapshot, game, activity, alerts)).toList();
    }

    private static TeamRow row(ClassroomSnapshot snapshot, TeamGame game, TeamActivity activity, TeamAlerts alerts) {
        TeamState state = game.state();
        PlayerView view = PlayerViews.of(game.context(), state, snapshot.at());
        TeamDebrief debrief = Debriefs.team(game.context(), state, snapshot.at(), CircuitTitles.LANGUAGE);
        AcceptedFix fix = state.lastFix();
        var lastSeen = activity.lastSeen(state);
        return new TeamRow(game.team().id(), game.team().name(), game.team().language(), whereabouts(view),
                view.stationsSolved(), view.stationsOnRoute(), state.score(), debrief.hintsTaken(),
                debrief.wrongAttempts(), lastSeen,
                fix == null ? null : fix.accuracyMetres(),
                fix == null ? null : fix.latitude(),
                fix == null ? null : fix.longitude(),
                alerts.of(state, snapshot.status(), lastSeen, activity.lastProgress(state), snapshot.at()),
                state.finished(), snapshot.phones().getOrDefault(game.team().id(), 0));
    }

    private static String whereabouts(PlayerView view) {
        if (view.finished()) {
            return "Finished";
        }
        for (StationView station : view.stations()) {
            if (station.status() == StationStatus.REACHED) {
                return "At " + station.title();
            }
        }
        if (view.finalRiddle() != null && view.finalRiddle().status() == FinalStatus.OPEN) {
            return "Final riddle";
        }
        List<StationView> open = view.stations().stream().filter(s -> s.status() == StationStatus.TO_REACH).toList();
        if (open.size() == 1) {
            return "Heading to " + open.getFirst().title();
        }
        return open.isEmpty() ? "Waiting" : open.size() + " stations open";
    }
}
