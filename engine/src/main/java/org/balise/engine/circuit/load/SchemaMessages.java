package org.balise.engine.circuit.load;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Turns a failed schema rule into a sentence for authors. A rule that carries its own sentence in the
 * schema ({@code errorMessage}) keeps it; otherwise the sentence is built from the rule's keyword, its
 * bound and the value found. A missing or unknown property is pointed at by its own pointer (e.g.
 * {@code /stations/2/zone/radius}), not by its parent's.
 */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static Problem problem(Error error, JsonNode schema) {
        Pointer at = Pointer.parse(error.getInstanceLocation().toString());
        if (error.isCustomMessage()) {
            return Problem.error(at, error.getMessage());
        }
        JsonNode rule = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        String property = error.getProperty();
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        return switch (error.getKeyword()) {
            case "required" -> Problem.error(at.at(property), "The required property " + quote(property) + " is missing.");
            case "dependentRequired" -> Problem.error(at.at(String.valueOf(arguments[0])), "The property "
                    + quote(String.valueOf(arguments[0])) + " is missing: it is required when " + quote(property)
                    + " is given.");
            case "additionalProperties", "unevaluatedProperties" -> Problem.error(at.at(property), quote(property)
                    + " is not a property the circuit format knows here: check its spelling, or remove it.");
            case "propertyNames" -> Problem.error(at.at(property), quote(property) + " cannot be used as a name here. "
                    + (arguments.length > 1 ? String.valueOf(arguments[1]) : ""));
            case "type" -> Problem.error(at, "This should be " + typeName(rule) + ", but it is " + valueKind(value) + ".");
            case "enum" -> Problem.error(at, shown(value) + " is not allowed here: use " + choices(rule) + ".");
            case "const" -> Problem.error(at, "This should be " + rule + ".");
            case "minimum" -> Problem.error(at, "This should be at least " + rule.asString() + ".");
            case "maximum" -> Problem.error(at, "This should be at most " + rule.asString() + ".");
            case "exclusiveMinimum" -> Problem.error(at, "This should be more than " + rule.asString() + ".");
            case "exclusiveMaximum" -> Problem.error(at, "This should be less than " + rule.asString() + ".");
            case "minLength" -> Problem.error(at, rule.asInt() == 1
                    ? "This text must not be empty."
                    : "This text should have at least " + rule.asInt() + " characters.");
            case "maxLength" -> Problem.error(at, "This text should have at most " + rule.asInt() + " characters.");
            case "minItems" -> Problem.error(at, "This list needs at least " + rule.asInt() + " "
                    + (rule.asInt() == 1 ? "item" : "items") + ", but has " + value.size() + ".");
            case "maxItems" -> Problem.error(at, "This list may have at most " + rule.asInt() + " items, but has "
                    + value.size() + ".");
            case "uniqueItems" -> repeated(at, value);
            case "minProperties" -> Problem.error(at, "This must not be empty.");
            case "pattern" -> Problem.error(at, shown(value) + " does not have the expected form (" + rule.asString() + ").");
            default -> Problem.error(at, "This does not follow the circuit format: " + error.getMessage() + ".");
        };
    }

    /** Points at the first value that repeats an earlier one, saying where the earlier one is. */
    private static Problem repeated(Pointer list, JsonNode values) {
        List<JsonNode> seen = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int earlier = seen.indexOf(values.get(i));
            if (earlier >= 0) {
                return Problem.error(list.at(i), shown(values.get(i)) + " already appears in this list ("
                        + list.at(earlier) + "); each value may appear only once.");
            }
            seen.add(values.get(i));
        }
        return Problem.error(list, "This list repeats a value; each value may appear only once.");
    }

    private static String typeName(JsonNode rule) {
        if (rule.isArray()) {
            List<String> names = new ArrayList<>();
            rule.forEach(type -> names.add(typeName(type)));
            return String.join(" or ", names);
        }
        return switch (rule.asString()) {
            case "string" -> "a text in double quotes";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "object" -> "an object in braces { }";
            case "array" -> "a list in brackets [ ]";
            case "null" -> "null";
            default -> rule.asString();
        };
    }

    private static String valueKind(JsonNode value) {
        if (value.isString()) {
            return "a text";
        }
        if (value.isIntegralNumber()) {
            return "a whole number";
        }
        if (value.isNumber()) {
            return "a number with decimals";
        }
        if (value.isBoolean()) {
            return value.asString();
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "null";
    }

    private static String choices(JsonNode allowed) {
        List<String> values = new ArrayList<>();
        allowed.forEach(value -> values.add(value.toString()));
        return values.size() == 1 ? values.getFirst() : "one of " + String.join(", ", values);
    }

    private static String shown(JsonNode value) {
        return value.isContainer() ? "This value" : value.toString();
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
