package org.balise.web.game;

import java.util.List;
import java.util.Map;
import org.balise.engine.play.TypeNames;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.team.TeamEvent;
import org.balise.web.store.Commit;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the engine's events into stored events and back: the event's stable type name beside its fields.
 * The records hold plain values only, so their JSON form is their whole content.
 */
@Component
class EventCodec {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JsonMapper json;
    private final Map<String, Class<? extends TeamEvent>> teamEvents = TypeNames.registry(TeamEvent.class);
    private final Map<String, Class<? extends SessionEvent>> sessionEvents = TypeNames.registry(SessionEvent.class);

    EventCodec(JsonMapper json) {
        this.json = json;
    }

    Commit.StoredEvent encode(TeamEvent event) {
        return new Commit.StoredEvent(event.type(), json.convertValue(event, FIELDS));
    }

    Commit.StoredEvent encode(SessionEvent event) {
        return new Commit.StoredEvent(TypeNames.of(event.getClass()), json.convertValue(event, FIELDS));
    }

    List<TeamEvent> teamEvents(Commit commit) {
        return commit.events().stream().<TeamEvent>map(stored -> json.convertValue(stored.data(), type(teamEvents, stored))).toList();
    }

    List<SessionEvent> sessionEvents(Commit commit) {
        return commit.events().stream().<SessionEvent>map(stored -> json.convertValue(stored.data(), type(sessionEvents, stored))).toList();
    }

    /** The event's fields as watchers see them (events carry no secret: the engine guarantees it). */
    Map<String, Object> fields(Object event) {
        return json.convertValue(event, FIELDS);
    }

    private static <T> Class<? extends T> type(Map<String, Class<? extends T>> registry, Commit.StoredEvent stored) {
        Class<? extends T> type = registry.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("Unknown stored event type " + stored.type());
        }
        return type;
    }
}
