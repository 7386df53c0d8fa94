package org.balise.web.backoffice.classroom.debrief;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.balise.web.backoffice.ViewerTime;
import org.jspecify.annotations.Nullable;

/** Times as a debrief reads them: "1 h 05 min", "4 min 12 s", "14:32". */
final class Durations {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Durations() {
    }

    static String of(@Nullable Duration duration) {
        if (duration == null) {
            return "—";
        }
        if (duration.toHours() > 0) {
            return duration.toHours() + " h " + String.format("%02d", duration.toMinutesPart()) + " min";
        }
        if (duration.toMinutes() > 0) {
            return duration.toMinutes() + " min " + String.format("%02d", duration.toSecondsPart()) + " s";
        }
        return duration.toSeconds() + " s";
    }

    static String clock(@Nullable Instant instant) {
        return instant == null ? "—" : ViewerTime.format(CLOCK, instant);
    }
}
