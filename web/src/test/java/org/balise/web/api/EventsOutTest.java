package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.engine.play.team.HintTaken;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.WrongAnswerGiven;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Events go out as {@code {type, ...fields}}, written straight, exactly as a map of their fields would be. */
class EventsOutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anEventIsItsTypeThenItsFieldsNullOnesIncluded() {
        List<TeamEvent> events = List.of(
                new HintTaken("c1", Instant.parse("2026-11-23T10:00:00Z"), "station:tour", "trois-cents", 3, 3),
                new WrongAnswerGiven("c2", Instant.parse("2026-11-23T10:01:00Z"), "station:tour", "300", 1, null));

        for (TeamEvent event : events) {
            String written = JSON.writeValueAsString(new EventsOut.EventOut(event));

            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("type", event.type());
            expected.putAll(JSON.convertValue(event, new TypeReference<Map<String, Object>>() { }));
            assertThat(JSON.readTree(written)).isEqualTo(JSON.valueToTree(expected));
            assertThat(written).startsWith("{\"type\":\"" + event.type() + "\"");
        }
    }
}
