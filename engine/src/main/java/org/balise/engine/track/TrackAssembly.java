package org.balise.engine.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.LocalProjection;
import org.balise.engine.geo.PlanePoint;
import org.jspecify.annotations.Nullable;

/**
 * Turns the points a reader found into a {@link Track}: every point timed or none, points in time order, and an
 * accuracy for each, assumed where the file gave none.
 *
 * <p>Untimed points (a route drawn rather than walked) are timed as if walked at {@link #WALKING_PACE}, at least
 * a second apart: timed a second apart whatever their distance, points tens of metres apart would look like
 * jumps to the fix filter, and a drawn route would reach nothing.
 */
final class TrackAssembly {

    /** Metres per second of an untimed route's imagined walker: 5 km/h. */
    static final double WALKING_PACE = 1.4;

    private TrackAssembly() {
    }

    static Track assemble(Reading reading) throws TrackFileException {
        List<ReadPoint> points = reading.points();
        List<ReadPoint> untimed = points.stream().filter(point -> point.time() == null).toList();
        if (!untimed.isEmpty() && untimed.size() < points.size()) {
            throw new TrackFileException(untimed.size() + " of the " + points.size() + " points "
                    + (untimed.size() == 1 ? "has" : "have") + " no time, the first at " + untimed.getFirst().where()
                    + ": give every point a time, or none.");
        }
        boolean timed = untimed.isEmpty();
        List<ReadPoint> ordered = timed
                ? points.stream().sorted(Comparator.comparing(TrackAssembly::timeOf)).toList()
                : points;
        List<Fix> fixes = new ArrayList<>(ordered.size());
        int reported = 0;
        int estimated = 0;
        int assumed = 0;
        Instant walked = Track.UNTIMED_START;
        for (int i = 0; i < ordered.size(); i++) {
            ReadPoint point = ordered.get(i);
            if (!timed && i > 0) {
                walked = walked.plusMillis(walkingMillis(ordered.get(i - 1), point));
            }
            Double accuracy = point.accuracyMetres();
            if (accuracy == null) {
                assumed++;
            } else if (point.accuracyFromHdop()) {
                estimated++;
            } else {
                reported++;
            }
            Instant time = timed ? timeOf(point) : walked;
            fixes.add(new Fix(point.latitude(), point.longitude(),
                    accuracy == null ? TrackFiles.ASSUMED_ACCURACY_METRES : accuracy, time,
                    point.speedMetresPerSecond(), point.headingDegrees(), false));
        }
        return new Track(reading.format(), blankToNull(reading.name()), fixes, timed,
                new AccuracySources(reported, estimated, assumed));
    }

    /** How long walking from one point to the next takes at {@link #WALKING_PACE}, at least a second. */
    private static long walkingMillis(ReadPoint from, ReadPoint to) {
        try {
            PlanePoint step = LocalProjection.centredOn(new LatLon(from.latitude(), from.longitude()))
                    .project(to.latitude(), to.longitude());
            double metres = Math.hypot(step.eastMetres(), step.northMetres());
            return Math.max(1000, Math.round(metres / WALKING_PACE * 1000));
        } catch (IllegalArgumentException farSideOfTheEarth) {
            return 1000;
        }
    }

    private static Instant timeOf(ReadPoint point) {
        Instant time = point.time();
        if (time == null) {
            throw new IllegalStateException("only a timed track is sorted by time");
        }
        return time;
    }

    private static @Nullable String blankToNull(@Nullable String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
