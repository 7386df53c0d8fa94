package org.balise.web.game;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One accepted position of a team, kept only for sessions that asked for it (the debrief's map), and only
 * until {@code expiresAt}.
 */
@Document("positions")
record PositionDocument(
        @Id String id,
        String sessionId,
        String teamId,
        double lat,
        double lon,
        double accuracyMetres,
        Instant at,
        Instant expiresAt) {
}
