package org.balise.web.live;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened in a session that watchers should see now: a team arrived, solved, asked for a
 * hint, a teacher paused the game...
 *
 * @param sessionId the session it belongs to
 * @param teamId the team it concerns; null for what concerns the whole session
 * @param type the engine's stable name for the event, e.g. {@code station-arrived}
 * @param occurredAt when it happened
 * @param data the event's fields, null ones included; never an answer (the engine's events hold none)
 */
public record LiveEvent(String sessionId, @Nullable String teamId, String type, Instant occurredAt,
        Map<String, Object> data) {

    public LiveEvent {
        // Not Map.copyOf: an event's optional fields are null, and they are part of what happened.
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
