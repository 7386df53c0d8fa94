package org.balise.web.circuits;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published version of a circuit: immutable once stored. Running sessions keep the version they
 * started with, so a new version never changes a game under way.
 *
 * @param id {@code circuitId@version}, so that publishing the same version twice is refused by the store
 * @param json the circuit exactly as validated, in the documented JSON format
 * @param sha256 the JSON's digest, to notice a shipped circuit changed without a new version
 */
@Document("circuit_versions")
@CompoundIndex(name = "circuit_version", def = "{'circuitId': 1, 'version': 1}", unique = true)
public record PublishedCircuit(
        @Id String id,
        String circuitId,
        String version,
        Map<String, String> title,
        List<String> languages,
        Source source,
        String json,
        String sha256,
        Instant publishedAt) {

    public PublishedCircuit {
        title = Map.copyOf(title);
        languages = List.copyOf(languages);
    }

    public static String idOf(String circuitId, String version) {
        return circuitId + "@" + version;
    }

    /** Where a published version came from. */
    public enum Source {
        /** Shipped inside Balise ({@code game-content}), stored at first start. */
        SHIPPED,
        /** Published by an author in the studio. */
        STUDIO
    }
}
