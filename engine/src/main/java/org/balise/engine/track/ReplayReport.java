package org.balise.engine.track;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.FixRejection;

/**
 * What a replay of a track against a circuit found: each station's outcome, in the circuit's order, and what
 * became of the track's fixes.
 *
 * @param stations one per station of the circuit, in the circuit's order
 * @param trackStart the instant of the track's first fix
 * @param trackEnd the instant of the track's last fix
 * @param lengthMetres the length of the path through the accepted fixes, straight from one to the next
 * @param fixesAccepted how many fixes the filter accepted
 * @param rejections how many fixes the filter rejected, by reason (only reasons that occurred, in the filter's order)
 * @param flags how many accepted fixes the filter flagged, by flag (a fix may carry several)
 */
public record ReplayReport(
        List<StationReplay> stations,
        Instant trackStart,
        Instant trackEnd,
        double lengthMetres,
        int fixesAccepted,
        Map<FixRejection, Integer> rejections,
        Map<FixFlag, Integer> flags) {

    public ReplayReport {
        stations = List.copyOf(stations);
        rejections = Collections.unmodifiableMap(rejections.isEmpty()
                ? new EnumMap<>(FixRejection.class) : new EnumMap<>(rejections));
        flags = Collections.unmodifiableMap(flags.isEmpty() ? new EnumMap<>(FixFlag.class) : new EnumMap<>(flags));
        if (trackEnd.isBefore(trackStart)) {
            throw new IllegalArgumentException("a track cannot end (" + trackEnd + ") before it starts (" + trackStart + ")");
        }
        if (!(lengthMetres >= 0) || fixesAccepted < 0) {
            throw new IllegalArgumentException("length and counts must not be negative");
        }
    }

    public Duration trackDuration() {
        return Duration.between(trackStart, trackEnd);
    }

    /** How many fixes the filter rejected, for every reason. */
    public int fixesRejected() {
        return rejections.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The outcome at the station with this id. */
    public Optional<StationReplay> station(String stationId) {
        return stations.stream().filter(station -> station.stationId().equals(stationId)).findFirst();
    }
}
