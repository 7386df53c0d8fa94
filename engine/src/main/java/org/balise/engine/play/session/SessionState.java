package org.balise.engine.play.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balise.engine.play.Message;
import org.balise.engine.play.Pause;
import org.balise.engine.play.PlayClock;
import org.balise.engine.play.Sorted;
import org.jspecify.annotations.Nullable;

/**
 * A session as its events made it. Immutable; {@link SessionDecider#evolve} returns the next one.
 *
 * @param phase where the lifecycle stands
 * @param setup what the session was created with; null while {@link SessionPhase#NEW}
 * @param startedAt when play began; null before
 * @param pauses every pause, in order; the last may be open
 * @param endedAt when the teacher ended it; null before
 * @param teams the teams, in the order they joined (a team's index is its place here)
 * @param broadcasts the messages sent to every team, in order
 * @param appliedCommands the ids of every command decided, accepted or refused
 */
public record SessionState(
        SessionPhase phase,
        @Nullable SessionSetup setup,
        @Nullable Instant startedAt,
        List<Pause> pauses,
        @Nullable Instant endedAt,
        List<TeamMember> teams,
        List<Message> broadcasts,
        Set<String> appliedCommands) {

    /** The state before any event. */
    public static final SessionState INITIAL =
            new SessionState(SessionPhase.NEW, null, null, List.of(), null, List.of(), List.of(), Set.of());

    public SessionState {
        pauses = List.copyOf(pauses);
        teams = List.copyOf(teams);
        broadcasts = List.copyOf(broadcasts);
        appliedCommands = Sorted.set(appliedCommands);
        if ((phase == SessionPhase.NEW) != (setup == null)) {
            throw new IllegalArgumentException("a session has a setup exactly when it is not new");
        }
    }

    /** The session's clock: played time, pauses and end. */
    public PlayClock clock() {
        return new PlayClock(startedAt, pauses, endedAt, setup == null ? null : setup.rules().duration());
    }

    /** The team with this id. */
    public Optional<TeamMember> team(String teamId) {
        return teams.stream().filter(t -> t.teamId().equals(teamId)).findFirst();
    }

    /** Whether a command with this id was already decided. */
    public boolean hasApplied(String commandId) {
        return appliedCommands.contains(commandId);
    }

    /** The setup, for a session known to be created. */
    public SessionSetup requireSetup() {
        if (setup == null) {
            throw new IllegalStateException("the session has not been created");
        }
        return setup;
    }

    SessionState with(SessionPhase newPhase, String commandId) {
        return new SessionState(newPhase, setup, startedAt, pauses, endedAt, teams, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState applied(String commandId) {
        return with(phase, commandId);
    }

    SessionState created(SessionSetup newSetup, String commandId) {
        return new SessionState(SessionPhase.OPEN, newSetup, startedAt, pauses, endedAt, teams, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState started(Instant at, String commandId) {
        return new SessionState(SessionPhase.RUNNING, setup, at, pauses, endedAt, teams, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState paused(Instant at, String commandId) {
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(at, null));
        return new SessionState(SessionPhase.PAUSED, setup, startedAt, more, endedAt, teams, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState resumed(Instant at, String commandId) {
        List<Pause> closed = new ArrayList<>(pauses);
        Pause open = closed.removeLast();
        closed.add(new Pause(open.start(), at));
        return new SessionState(SessionPhase.RUNNING, setup, startedAt, closed, endedAt, teams, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState ended(Instant at, String commandId) {
        List<Pause> closed = new ArrayList<>(pauses);
        if (!closed.isEmpty() && closed.getLast().end() == null) {
            closed.add(new Pause(closed.removeLast().start(), at));
        }
        return new SessionState(SessionPhase.ENDED, setup, startedAt, closed, at, teams, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState joined(TeamMember member, String commandId) {
        List<TeamMember> more = new ArrayList<>(teams);
        more.add(member);
        return new SessionState(phase, setup, startedAt, pauses, endedAt, more, broadcasts,
                Sorted.with(appliedCommands, commandId));
    }

    SessionState broadcast(Message message, String commandId) {
        List<Message> more = new ArrayList<>(broadcasts);
        more.add(message);
        return new SessionState(phase, setup, startedAt, pauses, endedAt, teams, more,
                Sorted.with(appliedCommands, commandId));
    }
}
