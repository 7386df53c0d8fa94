package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balise.engine.play.team.TeamCommandRefused;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.TeamState;

/** What one command made happen, with the assertions the decider tests use ("then ..."). */
public record Outcome(List<TeamEvent> events, TeamState state) {

    /** Asserts the command was refused for this reason, and nothing else happened. */
    public Outcome refused(RefusalReason reason) {
        assertThat(events).hasSize(1).first().isInstanceOfSatisfying(TeamCommandRefused.class,
                refusal -> assertThat(refusal.reason()).as(refusal.sentence()).isEqualTo(reason));
        return this;
    }

    /** Asserts the events are of these types, in this order. */
    @SafeVarargs
    public final Outcome emitted(Class<? extends TeamEvent>... types) {
        assertThat(events).extracting(event -> (Object) event.getClass()).containsExactly((Object[]) types);
        return this;
    }

    /** Asserts nothing happened (a command already applied). */
    public Outcome nothing() {
        assertThat(events).isEmpty();
        return this;
    }

    /** The only event of this type. */
    public <E extends TeamEvent> E event(Class<E> type) {
        List<E> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as("events of type " + type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }
}
