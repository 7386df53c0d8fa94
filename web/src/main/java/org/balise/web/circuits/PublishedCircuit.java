package org.balise.web.circuits;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.jspecify.annotations.Nullable;
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
 * @param publishedBy the author who published it from the studio; none for shipped circuits
 */
@Document("circuit_versions")
@CompoundIndex(name = "circuit_version", def = "{'circuitId': 1, 'version': 1}", unique = true)
public record PublishedCircuit(
        @Id String id,
        String circuitId,
        String version,
        Map<String, String> title,
        List<String> languages,
        List<String> modes,
        Source source,
        String json,
        String sha256,
        Instant publishedAt,
        @Nullable String publishedBy) {

    public PublishedCircuit {
        title = Map.copyOf(title);
        languages = List.copyOf(languages);
        modes = List.copyOf(modes);
    }

    /** The record of a circuit that the engine has loaded without errors from {@code json}. */
    public static PublishedCircuit of(Circuit circuit, String json, Source source, Instant publishedAt,
            @Nullable String publishedBy) {
        return new PublishedCircuit(idOf(circuit.id(), circuit.version()), circuit.id(), circuit.version(),
                circuit.title().texts(), circuit.languages().declared(),
                circuit.modes().stream().map(Mode::jsonName).sorted().toList(),
                source, json, sha256(json), publishedAt, publishedBy);
    }

    public static String idOf(String circuitId, String version) {
        return circuitId + "@" + version;
    }

    public static String sha256(String json) {
        return Digests.sha256(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Where a published version came from. */
    public enum Source {
        /** Shipped inside Balise ({@code game-content}), stored at first start. */
        SHIPPED,
        /** Published by an author in the studio. */
        STUDIO,
        /**
         * A draft made playable for its author to try in the phone app, under an id of its own: never listed
         * for classes.
         */
        PREVIEW
    }
}
