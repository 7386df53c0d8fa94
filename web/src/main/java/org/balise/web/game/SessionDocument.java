package org.balise.web.game;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A class session as the back-office set it up: what is played, by whom, with which options. What happens
 * in it (started, paused, teams joined...) is its event stream, not this document.
 *
 * @param joinCode the short code pupils type (or scan) to join
 * @param owner the username of the teacher running it
 * @param languages the languages teams may choose, among the circuit's
 * @param keepPositions whether the teams' positions are kept (for the debrief map) until they expire
 * @param leaderboardVisible whether pupils see the other teams' scores
 */
@Document("sessions")
public record SessionDocument(
        @Id String id,
        @Indexed(unique = true) String joinCode,
        String circuitId,
        String circuitVersion,
        String owner,
        List<String> languages,
        boolean keepPositions,
        boolean leaderboardVisible,
        Instant createdAt) {

    public SessionDocument {
        languages = List.copyOf(languages);
    }

    String stream() {
        return "session:" + id;
    }
}
