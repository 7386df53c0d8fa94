package org.balise.web.drafts;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A circuit being written: its JSON exactly as the author left it, valid or not, so that nothing typed is
 * ever lost to a failed check. The circuit's id, version and title are copied out of the JSON for lists.
 *
 * @param owner the author's username: only they and administrators may open it
 * @param circuitId the JSON's {@code id}, empty while the JSON has none
 * @param revision bumped by each save, so that two tabs saving the same draft cannot overwrite each other
 */
@Document("circuits")
public record Draft(
        @Id String id,
        @Indexed String owner,
        String circuitId,
        String version,
        Map<String, String> title,
        String json,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long revision) {

    public Draft {
        title = Map.copyOf(title);
    }

    Draft withJson(DraftSummary summary, String json, Instant now) {
        return new Draft(id, owner, summary.circuitId(), summary.version(), summary.title(), json, createdAt, now,
                revision);
    }
}
