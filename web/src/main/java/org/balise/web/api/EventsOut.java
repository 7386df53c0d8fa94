package org.balise.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.web.game.TeamOutcome;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a command caused, for its sender: each event as {@code {type, ...its fields}} (the engine's events
 * hold no secret, so all their fields may go).
 */
@Component
class EventsOut {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final JsonMapper json;

    EventsOut(JsonMapper json) {
        this.json = json;
    }

    List<Map<String, Object>> of(TeamOutcome outcome) {
        return outcome.events().stream().map(event -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("type", event.type());
            out.putAll(json.convertValue(event, FIELDS));
            return out;
        }).toList();
    }
}
