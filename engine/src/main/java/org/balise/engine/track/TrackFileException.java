package org.balise.engine.track;

import java.io.Serial;
import java.util.Locale;

/**
 * A track file that cannot be read, and why, in a sentence written for the author who uploaded it: where the
 * problem is (a line of a GPX file, a feature of a GeoJSON file) and what is wrong, never a stack trace. The
 * message is meant to be shown as it is.
 */
public final class TrackFileException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A problem with the file as a whole. */
    public TrackFileException(String message) {
        super(message);
    }

    /** A problem the XML or JSON parser found; {@code cause} keeps the parser's words for the logs. */
    public TrackFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at one place of the file: {@code where} is e.g. "line 12" or "feature 3, position 7". */
    static TrackFileException at(String where, String what) {
        return new TrackFileException(capitalized(where) + ": " + what);
    }

    /** As {@link #at(String, String)}, for a problem the parser found. */
    static TrackFileException at(String where, String what, Throwable cause) {
        return new TrackFileException(capitalized(where) + ": " + what, cause);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
