package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.engine.play.session.BroadcastMessage;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.session.StartSession;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.TeamState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The web layer stores events as JSON next to their type name: every event must survive the round trip. */
class EventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyTeamEventTypeHasAStableNameOfItsOwn() {
        Map<String, Class<? extends TeamEvent>> registry = TypeNames.registry(TeamEvent.class);

        assertThat(registry).hasSize(TeamEvent.class.getPermittedSubclasses().length);
        assertThat(registry.keySet()).allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void everySessionEventTypeHasAStableNameOfItsOwn() {
        Map<String, Class<? extends SessionEvent>> registry = TypeNames.registry(SessionEvent.class);

        assertThat(registry).hasSize(SessionEvent.class.getPermittedSubclasses().length);
        assertThat(registry.keySet()).allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void everyTeamEventOfAPlayedGameReadsBackEqualFromItsJsonAndName() {
        List<TeamEvent> events = new ArrayList<>(PlayedGames.everyKindOfEvent().history());
        Map<String, Class<? extends TeamEvent>> registry = TypeNames.registry(TeamEvent.class);

        for (TeamEvent event : events) {
            String json = JSON.writeValueAsString(event);
            TeamEvent read = JSON.readValue(json, registry.get(event.type()));
            assertThat(read).as(json).isEqualTo(event);
        }
        assertThat(events.stream().map(TeamEvent::type).distinct()).as("the played game covers every event type")
                .hasSize(registry.size());
    }

    @Test
    void aTeamStateReadsBackEqualFromItsJsonSoThatItCanBeSnapshotted() {
        TeamState state = PlayedGames.everyKindOfEvent().state();

        assertThat(JSON.readValue(JSON.writeValueAsString(state), TeamState.class)).isEqualTo(state);
    }

    @Test
    void theJsonOfAnEventHoldsItsComponentsOnly() {
        TeamEvent event = PlayedGames.everyKindOfEvent().history().getFirst();

        assertThat(JSON.readTree(JSON.writeValueAsString(event)).propertyNames())
                .containsExactlyInAnyOrder("commandId", "at", "fix", "presence");
    }

    @Test
    void everySessionEventReadsBackEqualFromItsJsonAndName() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.linear());
        game.pause().resume().session(new BroadcastMessage("b", "m", MessageKind.RECALL, "Retour", "t"))
                .session(new StartSession("again")).end();
        List<SessionEvent> events = game.sessionLog();
        Map<String, Class<? extends SessionEvent>> registry = TypeNames.registry(SessionEvent.class);

        for (SessionEvent event : events) {
            String json = JSON.writeValueAsString(event);
            assertThat(JSON.readValue(json, registry.get(event.type()))).as(json).isEqualTo(event);
        }
        assertThat(events.stream().map(SessionEvent::type).distinct()).hasSize(registry.size());
    }
}
