package org.balise.engine.play.session;

import java.time.Instant;
import java.util.List;
import org.balise.engine.answer.TextForm;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.Message;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TypeNames;

/**
 * A session's lifecycle and membership, as a decider: {@link #decide} and {@link #evolve}, pure, from
 * {@link SessionState#INITIAL}.
 *
 * <p><b>Rules.</b> A session is created once, for a mode its circuit offers; it starts once; it pauses only
 * while running and resumes only while paused; it ends once, from any phase after creation (ending a paused
 * session closes the pause). Teams join from creation until the game is over, with a name no other team has
 * (compared without case, accents, punctuation or spacing) and one of the circuit's languages; each gets the
 * next index. A broadcast needs a text and a message id not used before. A command whose id was already
 * decided yields no event; any other yields at least one, a refusal if need be.
 *
 * <p><b>Thread-safety.</b> Stateless. Callers serialize the commands of one session (the event store's
 * per-session sequence does).
 */
public final class SessionDecider {

    private SessionDecider() {
    }

    /** The state before any event. */
    public static SessionState initial() {
        return SessionState.INITIAL;
    }

    /**
     * What {@code command} makes happen at {@code now} to a session of {@code circuit} in {@code state}.
     *
     * @return the events, none if the command was already decided
     */
    public static List<SessionEvent> decide(Circuit circuit, SessionState state, SessionCommand command, Instant now) {
        if (state.hasApplied(command.commandId())) {
            return List.of();
        }
        if (!(command instanceof CreateSession) && state.phase() == SessionPhase.NEW) {
            return refuse(command, now, RefusalReason.SESSION_NOT_CREATED, "The session must be created first.");
        }
        GameStatus status = state.clock().status(now);
        return switch (command) {
            case CreateSession create -> create(circuit, state, create, now);
            case StartSession start -> state.phase() != SessionPhase.OPEN
                    ? refuse(command, now, state.phase() == SessionPhase.ENDED ? RefusalReason.GAME_OVER
                            : RefusalReason.GAME_ALREADY_STARTED, "The session can start only once, before it ends.")
                    : List.of(new SessionStarted(start.commandId(), now));
            case PauseSession pause -> status != GameStatus.RUNNING
                    ? refuse(command, now, notRunning(status), "Only a running game can be paused.")
                    : List.of(new SessionPaused(pause.commandId(), now));
            case ResumeSession resume -> status != GameStatus.PAUSED
                    ? refuse(command, now, status == GameStatus.OVER ? RefusalReason.GAME_OVER
                            : RefusalReason.GAME_NOT_PAUSED, "Only a paused game can be resumed.")
                    : List.of(new SessionResumed(resume.commandId(), now));
            case EndSession end -> state.phase() == SessionPhase.ENDED
                    ? refuse(command, now, RefusalReason.GAME_OVER, "The session has already ended.")
                    : List.of(new SessionEnded(end.commandId(), now));
            case JoinTeam join -> join(circuit, state, join, status, now);
            case BroadcastMessage broadcast -> broadcast(state, broadcast, now);
        };
    }

    /** The state after {@code event}. */
    public static SessionState evolve(SessionState state, SessionEvent event) {
        String id = event.commandId();
        return switch (event) {
            case SessionCreated created -> state.created(new SessionSetup(created.sessionId(), created.circuitId(),
                    created.circuitVersion(), created.mode(), created.rules(), created.at()), id);
            case SessionStarted started -> state.started(started.at(), id);
            case SessionPaused paused -> state.paused(paused.at(), id);
            case SessionResumed resumed -> state.resumed(resumed.at(), id);
            case SessionEnded ended -> state.ended(ended.at(), id);
            case TeamJoined joined -> state.joined(TeamMember.of(joined), id);
            case MessageBroadcast sent -> state.broadcast(
                    new Message(sent.messageId(), sent.kind(), sent.text(), sent.teacherId(), sent.at(), true), id);
            case SessionCommandRefused ignored -> state.applied(id);
        };
    }

    /** The state the events make, from the initial one. */
    public static SessionState replay(List<? extends SessionEvent> events) {
        SessionState state = initial();
        for (SessionEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    private static List<SessionEvent> create(Circuit circuit, SessionState state, CreateSession create, Instant now) {
        if (state.phase() != SessionPhase.NEW) {
            return refuse(create, now, RefusalReason.SESSION_ALREADY_CREATED, "The session already exists.");
        }
        if (!circuit.offers(create.mode())) {
            return refuse(create, now, RefusalReason.MODE_NOT_OFFERED, "The circuit " + circuit.id()
                    + " cannot be played " + create.mode().jsonName() + "; it offers " + circuit.modes() + ".");
        }
        return List.of(new SessionCreated(create.commandId(), now, create.sessionId(), circuit.id(), circuit.version(),
                create.mode(), create.rules()));
    }

    private static List<SessionEvent> join(Circuit circuit, SessionState state, JoinTeam join, GameStatus status,
            Instant now) {
        if (status == GameStatus.OVER) {
            return refuse(join, now, RefusalReason.GAME_OVER, "The game is over: no team can join any more.");
        }
        if (state.team(join.teamId()).isPresent()) {
            return refuse(join, now, RefusalReason.TEAM_ALREADY_JOINED, "Team " + join.teamId() + " has already joined.");
        }
        String name = join.name().strip();
        if (comparable(name).isEmpty()) {
            return refuse(join, now, RefusalReason.TEAM_NAME_MISSING, "A team needs a name with letters or digits.");
        }
        boolean taken = state.teams().stream().anyMatch(team -> comparable(team.name()).equals(comparable(name)));
        if (taken) {
            return refuse(join, now, RefusalReason.TEAM_NAME_TAKEN, "Another team is already called \"" + name + "\".");
        }
        if (!circuit.languages().declares(join.language())) {
            return refuse(join, now, RefusalReason.LANGUAGE_NOT_OFFERED, "The circuit is written in "
                    + circuit.languages().declared() + ", not in " + join.language() + ".");
        }
        return List.of(new TeamJoined(join.commandId(), now, join.teamId(), name, join.language(), state.teams().size()));
    }

    private static List<SessionEvent> broadcast(SessionState state, BroadcastMessage broadcast, Instant now) {
        if (broadcast.text().isBlank()) {
            return refuse(broadcast, now, RefusalReason.MESSAGE_EMPTY, "The message has no text.");
        }
        boolean taken = state.broadcasts().stream().anyMatch(m -> m.messageId().equals(broadcast.messageId()));
        if (taken) {
            return refuse(broadcast, now, RefusalReason.MESSAGE_ID_TAKEN,
                    "A message with id " + broadcast.messageId() + " was already sent.");
        }
        return List.of(new MessageBroadcast(broadcast.commandId(), now, broadcast.messageId(), broadcast.kind(),
                broadcast.text(), broadcast.teacherId()));
    }

    private static RefusalReason notRunning(GameStatus status) {
        return switch (status) {
            case NOT_STARTED -> RefusalReason.GAME_NOT_STARTED;
            case PAUSED -> RefusalReason.GAME_PAUSED;
            case OVER, RUNNING -> RefusalReason.GAME_OVER;
        };
    }

    private static String comparable(String name) {
        return TextForm.canonical(name, false, false, List.of());
    }

    private static List<SessionEvent> refuse(SessionCommand command, Instant now, RefusalReason reason, String sentence) {
        return List.of(new SessionCommandRefused(command.commandId(), now, TypeNames.of(command.getClass()), reason,
                sentence));
    }
}
