package org.balise.engine.circuit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.TestCircuits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CircuitSchemaTest {

    private final JsonNode schema = TestCircuits.SCHEMA.node();

    @Test
    void theSchemaIsItselfAValidJsonSchema202012() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        List<Error> errors = registry
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()))
                .validate(schema);

        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaHasAnIdAndDeclaresDraft202012() {
        assertThat(schema.get("$id").asString()).startsWith("https://");
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void everyMessageForAuthorsIsAValidMessageFormatPattern() {
        // The validator formats errorMessage sentences with MessageFormat: a stray brace or apostrophe would
        // throw while reporting a problem instead of reporting it.
        List<String> messages = new ArrayList<>();
        collectMessages(schema, messages);

        assertThat(messages).hasSizeGreaterThan(5);
        for (String message : messages) {
            assertThatCode(() -> new MessageFormat(message).format(new Object[] {"x", "y"}))
                    .as(message).doesNotThrowAnyException();
        }
    }

    @Test
    void everyPatternComesWithASentenceForAuthors() {
        // Otherwise an author would read a regular expression.
        List<JsonNode> withPattern = new ArrayList<>();
        collectPatterns(schema, withPattern);

        assertThat(withPattern).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.path(CircuitSchema.ERROR_MESSAGE_KEYWORD).has("pattern")).as(rule.toString()).isTrue());
    }

    @Test
    void everyTopLevelPropertyTellsAuthorsWhatItIs() {
        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            JsonNode definition = property.getValue().has("$ref") && property.getValue().size() == 1
                    ? schema.at(property.getValue().get("$ref").asString().substring(1))
                    : property.getValue();
            assertThat(definition.has("description")).as(property.getKey()).isTrue();
        }
    }

    /** Schemas with a pattern rule; the sentences under errorMessage are not schemas and are skipped. */
    private static void collectPatterns(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            if (node.path("pattern").isString()) {
                found.add(node);
            }
            node.properties().stream()
                    .filter(property -> !property.getKey().equals(CircuitSchema.ERROR_MESSAGE_KEYWORD))
                    .forEach(property -> collectPatterns(property.getValue(), found));
        } else {
            node.forEach(child -> collectPatterns(child, found));
        }
    }

    private static void collectMessages(JsonNode node, List<String> messages) {
        if (node.isObject()) {
            JsonNode errorMessage = node.get(CircuitSchema.ERROR_MESSAGE_KEYWORD);
            if (errorMessage != null && errorMessage.isObject()) {
                errorMessage.forEach(message -> messages.add(message.asString()));
            }
        }
        node.forEach(child -> collectMessages(child, messages));
    }
}
