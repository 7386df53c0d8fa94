package org.balise.engine.circuit.load;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.balise.engine.circuit.validate.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The circuit format's JSON Schema (2020-12), compiled once by networknt's json-schema-validator.
 *
 * <p>The schema file belongs to the content ({@code game-content/src/main/resources/schema/circuit.schema.json})
 * and the engine does not depend on it at build time: a caller either passes the schema's text, or calls
 * {@link #fromClasspath()}, which reads the resource {@value #CLASSPATH_RESOURCE} that the game-content jar
 * provides. The schema is self-contained: no {@code $ref} leaves the file and nothing is fetched from the
 * network. Failed rules become {@link Problem}s through {@link SchemaMessages}; a rule may carry its own
 * sentence for authors in Balise's {@code errorMessage} annotation.
 *
 * <p>Immutable and thread-safe once built; build one per application.
 */
public final class CircuitSchema {

    /** Where {@link #fromClasspath()} looks: the game-content jar puts the schema there. */
    public static final String CLASSPATH_RESOURCE = "/schema/circuit.schema.json";

    /** The schema annotation that holds a rule's message for authors, keyed by the rule's keyword. */
    static final String ERROR_MESSAGE_KEYWORD = "errorMessage";

    private final Schema schema;
    private final JsonNode node;

    private CircuitSchema(String json) {
        this.node = JsonMapper.shared().readTree(json);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .errorMessageKeyword(ERROR_MESSAGE_KEYWORD)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        this.schema = registry.getSchema(node);
        this.schema.initializeValidators();
    }

    /** The schema from its JSON text. Throws if the text is not JSON: a broken schema is a programming error. */
    public static CircuitSchema of(String json) {
        return new CircuitSchema(json);
    }

    /** The schema read from a stream (UTF-8), which this method closes. */
    public static CircuitSchema of(InputStream json) {
        try (json) {
            return new CircuitSchema(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the circuit schema", e);
        }
    }

    /**
     * The schema from the class path resource {@value #CLASSPATH_RESOURCE}, provided by the
     * {@code balise-game-content} jar.
     *
     * @throws IllegalStateException when that resource is not on the class path
     */
    public static CircuitSchema fromClasspath() {
        InputStream json = CircuitSchema.class.getResourceAsStream(CLASSPATH_RESOURCE);
        if (json == null) {
            throw new IllegalStateException("the circuit schema " + CLASSPATH_RESOURCE + " is not on the class path:"
                    + " add balise-game-content to the class path, or build the schema with CircuitSchema.of(...)");
        }
        return of(json);
    }

    /** The schema's own JSON, e.g. to read a property's title. */
    JsonNode node() {
        return node;
    }

    /** Every rule the document breaks, as problems for authors, in the validator's order. */
    List<Problem> check(JsonNode document) {
        return schema.validate(document).stream()
                .map(error -> SchemaMessages.problem(error, node))
                .toList();
    }
}
