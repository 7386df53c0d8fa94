package org.balise.engine.play.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.RefusalReason;
import org.balise.engine.play.TypeNames;

/**
 * One decision in the making: the events decided so far and the state they lead to, so that each step of a
 * decision (arrive, then solve a location riddle, then collect its clue, then open the final riddle) sees the
 * previous ones. Lives only inside one call of {@link TeamDecider#decide}; not thread-safe.
 */
final class Decision {

    private final TeamContext context;
    private final TeamCommand command;
    private final Instant now;
    private final List<TeamEvent> events = new ArrayList<>();
    private TeamState state;

    Decision(TeamContext context, TeamState state, TeamCommand command, Instant now) {
        this.context = context;
        this.state = state;
        this.command = command;
        this.now = now;
    }

    TeamContext context() {
        return context;
    }

    TeamState state() {
        return state;
    }

    Instant now() {
        return now;
    }

    String commandId() {
        return command.commandId();
    }

    GameStatus status() {
        return context.status(now);
    }

    List<TeamEvent> events() {
        return List.copyOf(events);
    }

    void emit(TeamEvent event) {
        events.add(event);
        state = TeamEvolution.evolve(state, event);
    }

    void refuse(RefusalReason reason, String sentence) {
        emit(new TeamCommandRefused(command.commandId(), now, TypeNames.of(command.getClass()), reason, sentence));
    }
}
