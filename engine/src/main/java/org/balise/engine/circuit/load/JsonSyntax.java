package org.balise.engine.circuit.load;

import java.util.Locale;
import org.balise.engine.circuit.validate.Pointer;
import org.balise.engine.circuit.validate.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Explains why a file is not JSON, with the line and column where the parser stopped. The parser's own
 * words are kept only for mistakes this class does not recognise.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    static Problem problem(JacksonException exception) {
        String original = exception.getOriginalMessage() == null ? "" : exception.getOriginalMessage();
        return Problem.error(Pointer.root(), "The file is not valid JSON" + where(exception.getLocation()) + ": "
                + reason(original) + ".");
    }

    static Problem empty() {
        return Problem.error(Pointer.root(), "The file is empty: a circuit is a JSON object, between { and }.");
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return String.format(Locale.ROOT, " at line %d, column %d", location.getLineNr(), location.getColumnNr());
    }

    private static String reason(String original) {
        if (original.startsWith("Duplicate Object property")) {
            int start = original.indexOf('"');
            int end = original.lastIndexOf('"');
            String name = start >= 0 && end > start ? original.substring(start, end + 1) : "a property";
            return "the property " + name + " appears twice in the same object";
        }
        if (original.contains("end-of-input")) {
            return "the file ends too early, a closing } or ] or a closing quote is missing";
        }
        if (original.contains("double-quote to start property name")) {
            return "a property name must be written in double quotes, and no comma may follow the last property";
        }
        if (original.contains("colon to separate")) {
            return "a colon (:) is missing between a property's name and its value";
        }
        if (original.contains("comma to separate")) {
            return "a comma is missing between two values";
        }
        if (original.contains("Trailing token")) {
            return "something follows the end of the circuit's object";
        }
        if (original.contains("Illegal unquoted character")) {
            return "a text contains a line break or a tab; write them as \\n or \\t";
        }
        if (original.contains("Invalid UTF-8")) {
            return "the file is not saved as UTF-8 text";
        }
        if (original.startsWith("Unrecognized token") || original.contains("expected a value")) {
            return "a value is not valid JSON: texts need double quotes, true, false and null are lowercase,"
                    + " and no comma may follow the last value of a list";
        }
        int lineBreak = original.indexOf('\n');
        return "the JSON reader says: " + (lineBreak < 0 ? original : original.substring(0, lineBreak));
    }
}
