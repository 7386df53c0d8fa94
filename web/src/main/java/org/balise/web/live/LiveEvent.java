package org.balise.web.live;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened in a session that watchers should see now: a team arrived, solved, asked for a
 * hint, a teacher sent a message...
 *
 * @param sessionId the session it belongs to
 * @param type a stable word for the kind of event, e.g. {@code team-joined}
 * @param occurredAt when it happened
 * @param data what watchers need to show it; never an answer
 */
public record LiveEvent(String sessionId, String type, Instant occurredAt, Map<String, Object> data) {

    public LiveEvent {
        data = Map.copyOf(data);
    }
}
