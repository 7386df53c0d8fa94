package org.balise.web.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one command changed in one stream (a team, or a session): its events, stored in one document.
 *
 * <p>One document per command makes each command's events land together or not at all without
 * transactions (the embedded store has none), and lets the store itself refuse what must never happen:
 * two commits at the same place in a stream, or the same command applied twice.
 *
 * @param id {@code stream/sequence}
 * @param stream whose history this is, e.g. {@code team:7f3a…}
 * @param sequence 1 for a stream's first commit, then 2, 3… without gaps
 * @param commandId the id the client gave its command; a retry carries the same one
 * @param events the events, in order, as {@code type} and {@code data}
 */
@Document("events")
@CompoundIndex(name = "stream_sequence", def = "{'stream': 1, 'sequence': 1}", unique = true)
@CompoundIndex(name = "stream_command", def = "{'stream': 1, 'commandId': 1}", unique = true)
public record Commit(
        @Id String id,
        String stream,
        String sessionId,
        long sequence,
        String commandId,
        List<StoredEvent> events,
        Instant recordedAt) {

    public Commit {
        events = List.copyOf(events);
    }

    public static Commit of(String stream, String sessionId, long sequence, String commandId,
            List<StoredEvent> events, Instant recordedAt) {
        return new Commit(stream + "/" + sequence, stream, sessionId, sequence, commandId, events, recordedAt);
    }

    /** One event of a commit: a stable type name and its fields, as the engine's event record has them. */
    public record StoredEvent(String type, Map<String, Object> data) {
    }
}
