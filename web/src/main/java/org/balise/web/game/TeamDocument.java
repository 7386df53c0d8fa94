package org.balise.web.game;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A team: no personal data, just the name it chose, its language and the digest of its token. Also holds
 * a snapshot of its game state, so that reading a team does not replay its whole history.
 *
 * @param nameKey the name folded for comparison: two teams of a session cannot share it
 * @param tokenDigest the SHA-256 digest of the team's bearer token
 * @param snapshot the team's state as JSON at {@code snapshotSequence}; null before the first
 */
@Document("teams")
@CompoundIndex(name = "session_name", def = "{'sessionId': 1, 'nameKey': 1}", unique = true)
public record TeamDocument(
        @Id String id,
        String sessionId,
        String name,
        String nameKey,
        String language,
        String tokenDigest,
        Instant joinedAt,
        @Nullable String snapshot,
        long snapshotSequence) {

    String stream() {
        return "team:" + id;
    }

    TeamDocument withSnapshot(String json, long sequence) {
        return new TeamDocument(id, sessionId, name, nameKey, language, tokenDigest, joinedAt, json, sequence);
    }
}
