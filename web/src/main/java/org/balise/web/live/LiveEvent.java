package org.balise.web.live;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened in a session that watchers should see now: a team arrived, solved, asked for a
 * hint, a teacher paused the game...
 *
 * <p>Its fields are read only by the watchers that want them (most rebuild a view and never do), so they are
 * made on first reading: under load, turning every position into a map was a measurable share of the CPU.
 * Immutable and thread-safe.
 */
public final class LiveEvent {

    private final String sessionId;
    private final @Nullable String teamId;
    private final String type;
    private final Instant occurredAt;
    private final Supplier<Map<String, Object>> fields;
    private final boolean changesViews;
    private volatile @Nullable Map<String, Object> data;

    /**
     * @param sessionId the session it belongs to
     * @param teamId the team it concerns; null for what concerns the whole session
     * @param type the engine's stable name for the event, e.g. {@code station-arrived}
     * @param occurredAt when it happened
     * @param fields makes the event's fields, null ones included; never an answer (the engine's events hold none)
     * @param changesViews whether the event can change what the players' phones show (a position cannot)
     */
    public LiveEvent(String sessionId, @Nullable String teamId, String type, Instant occurredAt,
            Supplier<Map<String, Object>> fields, boolean changesViews) {
        this.sessionId = sessionId;
        this.teamId = teamId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.fields = fields;
        this.changesViews = changesViews;
    }

    public String sessionId() {
        return sessionId;
    }

    public @Nullable String teamId() {
        return teamId;
    }

    public String type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** Whether a player's view may differ after it: the others reach the session's watchers only. */
    public boolean changesViews() {
        return changesViews;
    }

    /** The event's fields, null ones included. */
    public Map<String, Object> data() {
        Map<String, Object> made = data;
        if (made == null) {
            // Not Map.copyOf: an event's optional fields are null, and they are part of what happened.
            made = Collections.unmodifiableMap(new LinkedHashMap<>(fields.get()));
            data = made;
        }
        return made;
    }

    @Override
    public String toString() {
        return "LiveEvent[" + type + " in " + sessionId + (teamId == null ? "" : " for " + teamId) + " at " + occurredAt + "]";
    }
}
