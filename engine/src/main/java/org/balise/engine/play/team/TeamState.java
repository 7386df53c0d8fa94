package org.balise.engine.play.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balise.engine.geo.Presence;
import org.balise.engine.geo.PresenceState;
import org.balise.engine.play.Message;
import org.balise.engine.play.RiddleKeys;
import org.balise.engine.play.Sorted;
import org.balise.engine.play.session.TeamMember;
import org.jspecify.annotations.Nullable;

/**
 * One team's game as its events made it. Immutable: {@link TeamDecider#evolve} returns the next one; two states
 * are equal when every component is, which is what replay tests compare.
 *
 * <p><b>Cost.</b> Each evolve copies the collections it changes: linear in their size, which a game keeps in
 * the hundreds (command ids grow by one per command; presence and stations by the circuit's size).
 *
 * @param member the team as its session knows it
 * @param appliedCommands the id of every command decided for the team, accepted or refused
 * @param stations the stations reached, by id
 * @param finalRiddle the final riddle once open; null before
 * @param clues the clues collected, in order
 * @param trades the trades discovered, in order
 * @param ledger every change of score, in order
 * @param score the sum of the ledger's applied changes
 * @param codeAttempts wrong on-site codes by station id
 * @param presence the presence evidence by station id (stations without evidence are absent)
 * @param lastFix the last accepted fix (or map tap); null before the first
 * @param suspiciousFixes how many accepted fixes the filter flagged
 * @param messages the teacher's messages to this team alone, in order (broadcasts live in the session)
 * @param acknowledged the ids of the messages acknowledged, broadcasts included
 * @param finishedAt when the team finished; null while it plays
 */
public record TeamState(
        TeamMember member,
        Set<String> appliedCommands,
        Map<String, StationProgress> stations,
        @Nullable FinalProgress finalRiddle,
        List<CollectedClue> clues,
        List<DiscoveredTrade> trades,
        List<ScoreLine> ledger,
        int score,
        Map<String, Attempts> codeAttempts,
        Map<String, PresenceState> presence,
        @Nullable AcceptedFix lastFix,
        int suspiciousFixes,
        List<Message> messages,
        Set<String> acknowledged,
        @Nullable Instant finishedAt) {

    public TeamState {
        appliedCommands = Sorted.set(appliedCommands);
        stations = Sorted.map(stations);
        clues = List.copyOf(clues);
        trades = List.copyOf(trades);
        ledger = List.copyOf(ledger);
        codeAttempts = Sorted.map(codeAttempts);
        presence = Sorted.map(presence);
        messages = List.copyOf(messages);
        acknowledged = Sorted.set(acknowledged);
    }

    /** A team that has just joined: the state its stream starts from. */
    public static TeamState joined(TeamMember member) {
        return new TeamState(member, Set.of(), Map.of(), null, List.of(), List.of(), List.of(), 0, Map.of(), Map.of(),
                null, 0, List.of(), Set.of(), null);
    }

    public String teamId() {
        return member.teamId();
    }

    /** Whether a command with this id was already decided. */
    public boolean hasApplied(String commandId) {
        return appliedCommands.contains(commandId);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** The station with this id, if the team reached it. */
    public Optional<StationProgress> station(String stationId) {
        return Optional.ofNullable(stations.get(stationId));
    }

    public boolean arrivedAt(String stationId) {
        return stations.containsKey(stationId);
    }

    public boolean solved(String stationId) {
        StationProgress station = stations.get(stationId);
        return station != null && station.solved();
    }

    /** The progress on a riddle named as in commands (a station id or {@code #final}), if the team may work on it. */
    public Optional<RiddleProgress> riddle(String riddle) {
        if (RiddleKeys.isFinal(riddle)) {
            return Optional.ofNullable(finalRiddle).map(FinalProgress::riddle);
        }
        return station(riddle).map(StationProgress::riddle);
    }

    /** Where the team stands at a station, as presence judges it. */
    public Presence presenceAt(String stationId) {
        PresenceState state = presence.get(stationId);
        return state == null ? Presence.OUTSIDE : state.presence();
    }

    public boolean holdsClue(String clueId) {
        return clues.stream().anyMatch(c -> c.clueId().equals(clueId));
    }

    public boolean discovered(String tradeId) {
        return trades.stream().anyMatch(t -> t.tradeId().equals(tradeId));
    }

    /** How many stations the team solved. */
    public int stationsSolved() {
        return (int) stations.values().stream().filter(StationProgress::solved).count();
    }

    /** The instant of the team's last change of score, or null: ties on the leaderboard go to the earlier. */
    public @Nullable Instant lastScoredAt() {
        return ledger.isEmpty() ? null : ledger.getLast().at();
    }

    TeamState applied(String commandId) {
        return new TeamState(member, Sorted.with(appliedCommands, commandId), stations, finalRiddle, clues, trades,
                ledger, score, codeAttempts, presence, lastFix, suspiciousFixes, messages, acknowledged, finishedAt);
    }

    TeamState withStation(StationProgress station) {
        return new TeamState(member, appliedCommands, Sorted.with(stations, station.stationId(), station), finalRiddle,
                clues, trades, ledger, score, codeAttempts, presence, lastFix, suspiciousFixes, messages, acknowledged,
                finishedAt);
    }

    TeamState withFinalRiddle(FinalProgress progress) {
        return new TeamState(member, appliedCommands, stations, progress, clues, trades, ledger, score, codeAttempts,
                presence, lastFix, suspiciousFixes, messages, acknowledged, finishedAt);
    }

    TeamState withClue(CollectedClue clue) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, plus(clues, clue), trades, ledger, score,
                codeAttempts, presence, lastFix, suspiciousFixes, messages, acknowledged, finishedAt);
    }

    TeamState withTrade(DiscoveredTrade trade) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, plus(trades, trade), ledger, score,
                codeAttempts, presence, lastFix, suspiciousFixes, messages, acknowledged, finishedAt);
    }

    TeamState withScore(ScoreLine line) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, plus(ledger, line),
                score + line.applied(), codeAttempts, presence, lastFix, suspiciousFixes, messages, acknowledged,
                finishedAt);
    }

    TeamState withCodeAttempts(String stationId, Attempts attempts) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, ledger, score,
                Sorted.with(codeAttempts, stationId, attempts), presence, lastFix, suspiciousFixes, messages,
                acknowledged, finishedAt);
    }

    TeamState withPosition(AcceptedFix fix, Map<String, PresenceState> newPresence) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, ledger, score,
                codeAttempts, newPresence, fix, suspiciousFixes, messages, acknowledged, finishedAt);
    }

    TeamState withSuspiciousFix() {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, ledger, score,
                codeAttempts, presence, lastFix, suspiciousFixes + 1, messages, acknowledged, finishedAt);
    }

    TeamState withMessage(Message message) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, ledger, score,
                codeAttempts, presence, lastFix, suspiciousFixes, plus(messages, message), acknowledged, finishedAt);
    }

    TeamState withAcknowledged(String messageId) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, ledger, score,
                codeAttempts, presence, lastFix, suspiciousFixes, messages, Sorted.with(acknowledged, messageId),
                finishedAt);
    }

    TeamState withFinishedAt(Instant at) {
        return new TeamState(member, appliedCommands, stations, finalRiddle, clues, trades, ledger, score,
                codeAttempts, presence, lastFix, suspiciousFixes, messages, acknowledged, at);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> more = new ArrayList<>(list.size() + 1);
        more.addAll(list);
        more.add(element);
        return more;
    }
}
