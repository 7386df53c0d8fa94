package org.balise.engine.circuit.validate;

/**
 * Something wrong, or suspicious, in a circuit file.
 *
 * @param severity whether it stops the circuit from loading
 * @param pointer where in the file, as a JSON pointer (RFC 6901): {@code ""} for the whole file,
 *     {@code /stations/2/zone/radius} for a property (also for one that is missing there)
 * @param message one sentence a content author understands, ending with a full stop
 */
public record Problem(Severity severity, String pointer, String message) {

    public static Problem error(Pointer pointer, String message) {
        return new Problem(Severity.ERROR, pointer.toString(), message);
    }

    public static Problem warning(Pointer pointer, String message) {
        return new Problem(Severity.WARNING, pointer.toString(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as one line for authors: {@code ERROR /stations/2/zone/radius: sentence}. */
    @Override
    public String toString() {
        return severity + " " + pointer + ": " + message;
    }
}
