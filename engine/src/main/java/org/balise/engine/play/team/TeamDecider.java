package org.balise.engine.play.team;

import java.time.Instant;
import java.util.List;
import org.balise.engine.play.session.TeamMember;

/**
 * One team's game as a decider: {@link #decide} and {@link #evolve}, pure, from {@link #initial}.
 *
 * <p><b>Rules.</b> The players' commands need a running game and a team that has not finished; the teacher's
 * unlock needs a game under way (paused or not); photos sent in time may be judged, and messages and awards
 * sent, at any time. A command whose id the state already holds yields no event; any other yields at least
 * one, a {@link TeamCommandRefused} with a reason if it cannot be applied. See each command for its rules,
 * {@link Progress} for what opens, {@code GameRules} for attempts, time limits and scores.
 *
 * <p><b>Determinism.</b> The events depend only on the context, the state, the command and {@code now}: the
 * same inputs give the same events, and the same events replay to the same state.
 *
 * <p><b>Thread-safety.</b> Stateless. Callers serialize the commands of one team (the event store's per-team
 * sequence does); several teams decide in parallel.
 */
public final class TeamDecider {

    private TeamDecider() {
    }

    /** The state a team's stream starts from: the team as its session's {@code TeamJoined} made it. */
    public static TeamState initial(TeamMember member) {
        return TeamState.joined(member);
    }

    /**
     * What {@code command} makes happen at {@code now} to a team in {@code state}, playing in {@code context}.
     *
     * @return the events, in order; none if the command was already decided
     */
    public static List<TeamEvent> decide(TeamContext context, TeamState state, TeamCommand command, Instant now) {
        if (state.hasApplied(command.commandId())) {
            return List.of();
        }
        Decision d = new Decision(context, state, command, now);
        switch (command) {
            case ReportFixes c -> Arriving.reportFixes(d, c);
            case TapMap c -> Arriving.tapMap(d, c);
            case OpenStation c -> Arriving.openStation(d, c);
            case ScanQrCode c -> Arriving.scanQrCode(d, c);
            case EnterOnSiteCode c -> Arriving.enterOnSiteCode(d, c);
            case UnlockStation c -> Arriving.unlockStation(d, c);
            case SubmitAnswer c -> Answering.submitAnswer(d, c);
            case TakeHint c -> Answering.takeHint(d, c);
            case SubmitPhoto c -> Photos.submit(d, c);
            case ApprovePhoto c -> Photos.approve(d, c);
            case RejectPhoto c -> Photos.reject(d, c);
            case SendMessage c -> Messaging.send(d, c);
            case AcknowledgeMessage c -> Messaging.acknowledge(d, c);
            case AwardPoints c -> Messaging.award(d, c);
        }
        return d.events();
    }

    /** The state after {@code event}. */
    public static TeamState evolve(TeamState state, TeamEvent event) {
        return TeamEvolution.evolve(state, event);
    }

    /** The state {@code events} make, from the team's initial state. */
    public static TeamState replay(TeamMember member, List<? extends TeamEvent> events) {
        TeamState state = initial(member);
        for (TeamEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
