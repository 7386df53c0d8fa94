package org.balise.engine.play.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.FinalRiddle;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.OnSiteContent;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.circuit.model.Trade;
import org.balise.engine.circuit.model.VirtualContent;
import org.balise.engine.geo.Zone;
import org.balise.engine.play.Message;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.team.Attempts;
import org.balise.engine.play.team.CollectedClue;
import org.balise.engine.play.team.DiscoveredTrade;
import org.balise.engine.play.team.FinalProgress;
import org.balise.engine.play.team.Progress;
import org.balise.engine.play.team.RiddleProgress;
import org.balise.engine.play.team.Solution;
import org.balise.engine.play.team.StationProgress;
import org.balise.engine.play.team.TeamContext;
import org.balise.engine.play.team.TeamState;
import org.jspecify.annotations.Nullable;

/**
 * Projects a team's state into what its phones may see.
 *
 * <p>Stations appear once open (locked stations stay hidden, so a linear route does not give away what comes
 * next); a station's description and riddle once the team reaches it. The zone is shown, except in virtual
 * mode for a station the team must find on the map. See the package comment for what a view never holds.
 *
 * <p><b>Cost.</b> Linear in the circuit's size and the team's history. <b>Thread-safety.</b> Stateless.
 */
public final class PlayerViews {

    private PlayerViews() {
    }

    /** The view of {@code state}, playing in {@code context}, at {@code now}. */
    public static PlayerView of(TeamContext context, TeamState state, Instant now) {
        Circuit circuit = context.model();
        Localizer localizer = new Localizer(circuit, state.member().language());
        List<StationView> stations = Progress.openStations(context, state).stream()
                .map(station -> station(context, state, station, now, localizer))
                .toList();
        return new PlayerView(
                context.sessionId(),
                state.teamId(),
                state.member().name(),
                state.member().language(),
                localizer.text(circuit.title()),
                context.mode(),
                context.status(now),
                state.finished(),
                state.score(),
                context.clock().timeLeft(now),
                context.route().stations().size(),
                (int) context.route().stations().stream().filter(state::solved).count(),
                stations,
                finalRiddle(context, state, now, localizer),
                clues(circuit, state, localizer),
                trades(circuit, state, localizer),
                messages(context, state));
    }

    private static StationView station(TeamContext context, TeamState state, Station station, Instant now,
            Localizer localizer) {
        Mode mode = context.mode();
        boolean findOnMap = mode == Mode.VIRTUAL && station.virtual() != null && station.virtual().findOnMap();
        ZoneView zone = findOnMap || station.zone() == null ? null : zone(station.zone());
        List<String> proofs = mode == Mode.ON_SITE
                ? station.fallbackProofs().stream().map(Proof::kind).toList()
                : station.fallbackProofs().stream().filter(p -> p instanceof Proof.TeacherUnlock).map(Proof::kind).toList();
        String title = localizer.text(station.title());
        Optional<StationProgress> reached = state.station(station.id());
        if (reached.isEmpty()) {
            return new StationView(station.id(), title, StationStatus.TO_REACH, zone, findOnMap, proofs, null, List.of(),
                    null, List.of(), null, null, station.points(), null);
        }
        RiddleProgress progress = reached.get().riddle();
        Solution solution = progress.solution();
        Instant arrivedAt = reached.get().arrival().at();
        Duration timeLeft = null;
        if (station.timeLimit() != null && solution == null) {
            Duration left = station.timeLimit().minus(context.clock().played(arrivedAt, now));
            timeLeft = left.isNegative() ? Duration.ZERO : left;
        }
        return new StationView(station.id(), title, solution == null ? StationStatus.REACHED : StationStatus.SOLVED,
                zone, findOnMap, proofs, description(station, mode, localizer), content(station, mode, localizer),
                RiddleViews.of(station.riddleIn(mode), state.teamId(), station.id(), progress, localizer),
                HintViews.of(station.hints(), progress, arrivedAt, context.clock(), now, localizer),
                solution == null ? attempts(progress.attempts(), context, now) : null,
                timeLeft, station.points(), solution == null ? null : solution.points() + solution.timeBonus());
    }

    private static @Nullable FinalRiddleView finalRiddle(TeamContext context, TeamState state, Instant now,
            Localizer localizer) {
        FinalRiddle finalRiddle = context.model().finalRiddle();
        if (finalRiddle == null) {
            return null;
        }
        String title = localizer.text(finalRiddle.title());
        int held = (int) finalRiddle.clues().stream().filter(state::holdsClue).count();
        FinalProgress progress = state.finalRiddle();
        if (progress == null) {
            return new FinalRiddleView(title, FinalStatus.LOCKED, finalRiddle.cluesNeeded(), held, null, List.of(), null,
                    finalRiddle.points());
        }
        RiddleProgress riddle = progress.riddle();
        return new FinalRiddleView(title, riddle.solved() ? FinalStatus.SOLVED : FinalStatus.OPEN,
                finalRiddle.cluesNeeded(), held,
                RiddleViews.of(finalRiddle.riddle(), state.teamId(), RiddleKeys.FINAL, riddle, localizer),
                HintViews.of(finalRiddle.hints(), riddle, progress.openedAt(), context.clock(), now, localizer),
                riddle.solved() ? null : attempts(riddle.attempts(), context, now), finalRiddle.points());
    }

    private static AttemptsView attempts(Attempts attempts, TeamContext context, Instant now) {
        boolean waiting = attempts.coolingDown(now);
        return new AttemptsView(attempts.wrong(), waiting ? 0 : attempts.left(context.rules()),
                waiting ? attempts.coolDownUntil() : null);
    }

    /** The station's text: the mode's own, or the other mode's when the author wrote only that one. */
    private static @Nullable String description(Station station, Mode mode, Localizer localizer) {
        OnSiteContent onSite = station.onSite();
        VirtualContent virtual = station.virtual();
        if (virtual != null && (mode == Mode.VIRTUAL || onSite == null)) {
            return localizer.text(virtual.description());
        }
        return onSite == null ? null : localizer.text(onSite.description());
    }

    private static List<MediaView> content(Station station, Mode mode, Localizer localizer) {
        OnSiteContent onSite = station.onSite();
        VirtualContent virtual = station.virtual();
        if (virtual != null && (mode == Mode.VIRTUAL || onSite == null)) {
            return localizer.media(virtual.media());
        }
        return onSite == null ? List.of() : localizer.media(onSite.media());
    }

    private static ZoneView zone(Zone zone) {
        return switch (zone) {
            case Zone.Circle circle -> new ZoneView("circle", circle.centre(), circle.radiusMetres(), List.of());
            case Zone.Polygon polygon -> new ZoneView("polygon", null, null, polygon.rings());
        };
    }

    private static List<ClueView> clues(Circuit circuit, TeamState state, Localizer localizer) {
        List<ClueView> clues = new ArrayList<>();
        for (CollectedClue collected : state.clues()) {
            circuit.station(collected.stationId())
                    .map(station -> station.rewards().clue())
                    .filter(clue -> clue != null && clue.id().equals(collected.clueId()))
                    .ifPresent(clue -> clues.add(new ClueView(clue.id(), localizer.text(clue.text()), collected.stationId())));
        }
        return clues;
    }

    private static List<TradeView> trades(Circuit circuit, TeamState state, Localizer localizer) {
        return state.trades().stream()
                .map(DiscoveredTrade::tradeId)
                .map(circuit::trade)
                .flatMap(Optional::stream)
                .map(trade -> trade(trade, localizer))
                .toList();
    }

    private static TradeView trade(Trade trade, Localizer localizer) {
        return new TradeView(trade.id(), localizer.text(trade.name()), localizer.text(trade.description()),
                trade.trainings().stream()
                        .map(t -> new TradeView.TrainingView(localizer.text(t.diploma()), t.level())).toList(),
                trade.links().stream().map(l -> new TradeView.LinkView(l.url(), localizer.text(l.label()))).toList(),
                trade.onisepId());
    }

    private static List<MessageView> messages(TeamContext context, TeamState state) {
        List<Message> all = new ArrayList<>(state.messages());
        all.addAll(context.broadcasts());
        all.sort(Comparator.comparing(Message::sentAt).thenComparing(Message::messageId));
        return all.stream()
                .map(m -> new MessageView(m.messageId(), m.kind(), m.text(), m.sentAt(), m.broadcast(),
                        m.needsAcknowledgement(), state.acknowledged().contains(m.messageId())))
                .toList();
    }
}
