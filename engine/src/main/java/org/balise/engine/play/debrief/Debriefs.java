package org.balise.engine.play.debrief;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.play.ArrivalMethod;
import org.balise.engine.play.PlayClock;
import org.balise.engine.play.PreparedCircuit;
import org.balise.engine.play.session.SessionSetup;
import org.balise.engine.play.session.SessionState;
import org.balise.engine.play.team.Attempts;
import org.balise.engine.play.team.CollectedClue;
import org.balise.engine.play.team.DiscoveredTrade;
import org.balise.engine.play.team.FinalProgress;
import org.balise.engine.play.team.RiddleProgress;
import org.balise.engine.play.team.Solution;
import org.balise.engine.play.team.StationProgress;
import org.balise.engine.play.team.TakenHint;
import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamState;

/**
 * Builds debriefs from team states. Texts are in the teacher's {@code language}, falling back to the circuit's
 * default one.
 *
 * <p><b>Cost.</b> Linear in the teams' histories times the circuit's size. <b>Thread-safety.</b> Stateless.
 */
public final class Debriefs {

    private Debriefs() {
    }

    /** What one team did, as of {@code now}. */
    public static TeamDebrief team(TeamContext context, TeamState state, Instant now, String language) {
        Circuit circuit = context.model();
        List<StationDebrief> stations = context.routeStations().stream()
                .map(station -> station(context, state, station, language))
                .toList();
        FinalProgress finalProgress = state.finalRiddle();
        FinalDebrief finalDebrief = null;
        if (circuit.finalRiddle() != null) {
            RiddleProgress riddle = finalProgress == null ? RiddleProgress.NEW : finalProgress.riddle();
            Solution solution = riddle.solution();
            finalDebrief = new FinalDebrief(finalProgress == null ? null : finalProgress.openedAt(),
                    solution == null ? null : solution.at(), riddle.attempts().wrong(), hintIds(riddle),
                    riddle.hintCharges(), solution == null ? 0 : solution.points());
        }
        int wrong = stations.stream().mapToInt(s -> s.wrongAttempts() + s.wrongCodes()).sum()
                + (finalDebrief == null ? 0 : finalDebrief.wrongAttempts());
        int hints = stations.stream().mapToInt(s -> s.hints().size()).sum()
                + (finalDebrief == null ? 0 : finalDebrief.hints().size());
        PlayClock clock = context.clock();
        Instant until = state.finishedAt() != null && state.finishedAt().isBefore(now) ? state.finishedAt() : now;
        return new TeamDebrief(state.teamId(), state.member().name(), state.member().language(), state.member().index(),
                context.route().routeId(), state.score(), ScoreBreakdown.of(state.ledger()), stations, finalDebrief,
                state.clues().stream().map(CollectedClue::clueId).toList(),
                state.trades().stream().map(DiscoveredTrade::tradeId).toList(),
                wrong, hints, state.suspiciousFixes(), state.finishedAt(), clock.playedSinceStart(until));
    }

    /**
     * What a session's teams did, as of {@code now}.
     *
     * @param teams the states of the session's teams, in any order
     */
    public static SessionDebrief session(PreparedCircuit circuit, SessionState session, Collection<TeamState> teams,
            Instant now, String language) {
        SessionSetup setup = session.requireSetup();
        List<TeamDebrief> debriefs = new ArrayList<>();
        for (TeamState team : teams.stream().sorted(Comparator.comparingInt(t -> t.member().index())).toList()) {
            debriefs.add(team(TeamContext.of(circuit, session, team.member()), team, now, language));
        }
        List<StationSummary> stations = circuit.circuit().stations().stream()
                .map(station -> summary(circuit.circuit(), station, debriefs, language))
                .toList();
        PlayClock clock = session.clock();
        Instant end = clock.end();
        return new SessionDebrief(setup.sessionId(), setup.circuitId(), setup.circuitVersion(), setup.mode(),
                session.startedAt(), end != null && !end.isAfter(now) ? end : null, clock.playedSinceStart(now),
                Leaderboard.of(teams), debriefs, stations);
    }

    private static StationDebrief station(TeamContext context, TeamState state, Station station, String language) {
        String title = context.model().languages().resolve(station.title(), language);
        int wrongCodes = state.codeAttempts().getOrDefault(station.id(), Attempts.NONE).wrong();
        Optional<StationProgress> reached = state.station(station.id());
        if (reached.isEmpty()) {
            return new StationDebrief(station.id(), title, false, null, null, null, Set.of(), false, null, null,
                    0, wrongCodes, 0, List.of(), 0, 0, 0, false, null);
        }
        StationProgress progress = reached.get();
        RiddleProgress riddle = progress.riddle();
        Solution solution = riddle.solution();
        Duration timeSpent = solution == null ? null : context.clock().played(progress.arrival().at(), solution.at());
        return new StationDebrief(station.id(), title, true, progress.arrival().at(), progress.arrival().method(),
                progress.arrival().provedBy(), progress.arrival().flags(), solution != null,
                solution == null ? null : solution.at(), solution == null ? null : solution.how(),
                riddle.attempts().wrong(), wrongCodes, riddle.rejectedPhotos(), hintIds(riddle), riddle.hintCharges(),
                solution == null ? 0 : solution.points(), solution == null ? 0 : solution.timeBonus(),
                solution != null && solution.late(), timeSpent);
    }

    private static StationSummary summary(Circuit circuit, Station station, List<TeamDebrief> teams, String language) {
        List<StationDebrief> onRoute = teams.stream()
                .flatMap(team -> team.stations().stream())
                .filter(s -> s.stationId().equals(station.id()))
                .toList();
        Map<ArrivalMethod, Integer> arrivals = new EnumMap<>(ArrivalMethod.class);
        onRoute.stream().filter(StationDebrief::reached)
                .forEach(s -> arrivals.merge(s.arrivedBy(), 1, Integer::sum));
        List<Duration> times = onRoute.stream().filter(StationDebrief::solved)
                .map(StationDebrief::timeSpent).filter(Objects::nonNull).toList();
        Duration average = times.isEmpty() ? null
                : times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size());
        return new StationSummary(station.id(), circuit.languages().resolve(station.title(), language), onRoute.size(),
                (int) onRoute.stream().filter(StationDebrief::reached).count(),
                (int) onRoute.stream().filter(StationDebrief::solved).count(), arrivals,
                onRoute.stream().mapToInt(StationDebrief::wrongAttempts).sum(),
                onRoute.stream().mapToInt(s -> s.hints().size()).sum(), average);
    }

    private static List<String> hintIds(RiddleProgress riddle) {
        return riddle.hints().stream().map(TakenHint::hintId).toList();
    }
}
