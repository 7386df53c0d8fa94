package org.balise.engine.circuit.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.CircuitValidator;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import org.balise.engine.circuit.validate.ValidationOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a circuit from its JSON text in two passes and reports every problem at once:
 * <ol>
 *   <li>parse: strict JSON (a property repeated in an object is a mistake, not "last one wins"); a syntax
 *       error is one problem with its line and column;</li>
 *   <li>shape: the JSON Schema; every broken rule is reported, and if any is, loading stops here, since the
 *       meaning of a malformed circuit cannot be checked reliably;</li>
 *   <li>meaning: the tree is read into the model and {@link CircuitValidator} runs every semantic check.</li>
 * </ol>
 * Problems come sorted in file order. The loader reads no file itself: callers pass the content, so the
 * engine stays free of I/O. Thread-safe; reuse one instance.
 */
public final class CircuitLoader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Exact decimals: the schema then compares bounds exactly, and a number too large for a double
            // stays a number (instead of an infinity the validator would not recognise as one).
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final CircuitSchema schema;
    private final CircuitValidator validator;

    public CircuitLoader(CircuitSchema schema, ValidationOptions options) {
        this.schema = schema;
        this.validator = new CircuitValidator(options);
    }

    /** Loads a circuit from its UTF-8 encoded JSON. */
    public LoadResult load(byte[] json) {
        JsonNode document;
        try {
            document = MAPPER.readTree(json);
        } catch (JacksonException e) {
            return new LoadResult.Rejected(List.of(JsonSyntax.problem(e)));
        }
        return load(document);
    }

    /** Loads a circuit from its JSON text. */
    public LoadResult load(String json) {
        return load(json.getBytes(StandardCharsets.UTF_8));
    }

    private LoadResult load(JsonNode document) {
        if (document == null || document.isMissingNode()) {
            return new LoadResult.Rejected(List.of(JsonSyntax.empty()));
        }
        List<Problem> shape = schema.check(document);
        if (!shape.isEmpty()) {
            return new LoadResult.Rejected(DocumentOrder.sort(shape, document));
        }
        Circuit circuit;
        try {
            circuit = CircuitReader.read(document);
        } catch (IllegalArgumentException | JacksonException e) {
            // A value the schema lets through but the model refuses (e.g. a number too large to be finite).
            String reason = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            return new LoadResult.Rejected(List.of(Problem.error(Pointer.root(),
                    "The circuit has the right shape but holds an impossible value: " + reason + ".")));
        }
        List<Problem> problems = DocumentOrder.sort(validator.validate(circuit), document);
        if (problems.stream().anyMatch(Problem::isError)) {
            return new LoadResult.Rejected(problems);
        }
        return new LoadResult.Loaded(circuit, new ArrayList<>(problems));
    }
}
