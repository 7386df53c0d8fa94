package org.balise.engine.track;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads the times written in track files: ISO-8601 dates and times, to any fraction of a second, with an offset
 * written {@code Z}, {@code +02:00}, {@code +0200} or {@code +02}. A time without an offset is taken as UTC, as
 * GPX requires; some apps write local times that way, which shifts every time of the track alike and so leaves
 * the order of events and the durations unchanged.
 */
final class TimeText {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /** An example to show an author what a time should look like. */
    static final String EXAMPLE = "2024-05-17T14:03:21Z";

    private TimeText() {
    }

    static Instant parse(String text, String where) throws TrackFileException {
        try {
            TemporalAccessor parsed = FORMAT.parse(text.strip());
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return local.toInstant(offset);
        } catch (DateTimeParseException e) {
            throw TrackFileException.at(where, "the time \"" + text.strip() + "\" is not a date and time such as "
                    + EXAMPLE + ".");
        }
    }
}
