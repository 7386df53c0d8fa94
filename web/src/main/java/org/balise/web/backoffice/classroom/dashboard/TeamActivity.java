package org.balise.web.backoffice.classroom.dashboard;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.balise.engine.play.team.RiddleProgress;
import org.balise.engine.play.team.ScoreLine;
import org.balise.engine.play.team.StationProgress;
import org.balise.engine.play.team.TakenHint;
import org.balise.engine.play.team.TeamState;
import org.balise.web.live.LiveEvent;
import org.jspecify.annotations.Nullable;

/**
 * When each team was last heard of, and when it last made progress, as one dashboard saw it.
 *
 * <p>Two sources, the later wins: the live events this dashboard received, and the instants a team's state
 * keeps (its last position, arrivals, solutions, hints, points, joining), so that a dashboard opened in the
 * middle of a game knows them too. Thread-safe: the live feed records while the page reads.
 */
final class TeamActivity {

    /** What phones send without the team moving on: they prove the phones are alive, not that the team progresses. */
    private static final Set<String> NOT_PROGRESS = Set.of("position-accepted", "fix-rejected",
            "suspicious-fix-flagged", "team-command-refused", "message-received", "points-awarded",
            "photo-approved", "photo-rejected", "message-acknowledged");

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Map<String, Instant> progressed = new ConcurrentHashMap<>();

    void record(LiveEvent event) {
        String teamId = event.teamId();
        if (teamId == null) {
            return;
        }
        seen.merge(teamId, event.occurredAt(), TeamActivity::later);
        if (!NOT_PROGRESS.contains(event.type())) {
            progressed.merge(teamId, event.occurredAt(), TeamActivity::later);
        }
    }

    /** When the team's phones last sent anything. */
    Instant lastSeen(TeamState state) {
        Instant fromState = state.lastFix() == null ? lastProgressIn(state) : later(state.lastFix().time(), lastProgressIn(state));
        return Optional.ofNullable(seen.get(state.teamId())).map(observed -> later(observed, fromState)).orElse(fromState);
    }

    /** When the team last moved on: arrived, answered, took a hint, joined. */
    Instant lastProgress(TeamState state) {
        Instant fromState = lastProgressIn(state);
        return Optional.ofNullable(progressed.get(state.teamId())).map(observed -> later(observed, fromState))
                .orElse(fromState);
    }

    private static Instant lastProgressIn(TeamState state) {
        Stream<Instant> stations = state.stations().values().stream().flatMap(TeamActivity::instants);
        Stream<Instant> finalRiddle = Stream.ofNullable(state.finalRiddle())
                .flatMap(progress -> Stream.concat(Stream.of(progress.openedAt()), instants(progress.riddle())));
        Stream<Instant> ledger = state.ledger().stream().map(ScoreLine::at);
        return Stream.of(stations, finalRiddle, ledger, Stream.of(state.member().joinedAt()))
                .flatMap(instants -> instants)
                .max(Instant::compareTo)
                .orElse(state.member().joinedAt());
    }

    private static Stream<Instant> instants(StationProgress station) {
        return Stream.concat(Stream.of(station.arrival().at()), instants(station.riddle()));
    }

    private static Stream<Instant> instants(RiddleProgress riddle) {
        Stream<Instant> hints = riddle.hints().stream().map(TakenHint::at);
        Stream<Instant> solution = Stream.ofNullable(riddle.solution()).map(solved -> solved.at());
        Stream<Instant> photo = Stream.ofNullable(riddle.photo()).map(pending -> pending.submittedAt());
        return Stream.of(hints, solution, photo).flatMap(instants -> instants);
    }

    private static Instant later(Instant a, @Nullable Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
