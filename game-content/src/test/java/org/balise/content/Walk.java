package org.balise.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.LocalProjection;
import org.balise.engine.geo.PlanePoint;

/**
 * A generated GPS track: a phone carried at walking pace along straight legs, one fix every few seconds, each
 * a few metres off the true position (seeded noise, so a test replays the same track) and reporting an
 * accuracy of {@value #ACCURACY_METRES} m. Positions are computed in the local plane of the walk's start.
 * Not thread-safe: one walk per team.
 */
final class Walk {

    static final double PACE_METRES_PER_SECOND = 1.3;
    static final Duration EVERY = Duration.ofSeconds(3);
    static final double ACCURACY_METRES = 8;
    private static final double NOISE_METRES = 2.5;

    private final LocalProjection plane;
    private final Random noise;
    private PlanePoint position;
    private Instant time;
    private double metres;

    Walk(LatLon start, Instant time, long seed) {
        this.plane = LocalProjection.centredOn(start);
        this.noise = new Random(seed);
        this.position = plane.project(start);
        this.time = time;
    }

    /** The fixes of the leg from where the walk stands to {@code target}, which it reaches with its last fix. */
    List<Fix> to(LatLon target) {
        PlanePoint end = plane.project(target);
        double length = position.distanceTo(end);
        double step = PACE_METRES_PER_SECOND * EVERY.toSeconds();
        int steps = Math.max(1, (int) Math.ceil(length / step));
        PlanePoint from = position;
        List<Fix> fixes = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            position = new PlanePoint(from.eastMetres() + t * (end.eastMetres() - from.eastMetres()),
                    from.northMetres() + t * (end.northMetres() - from.northMetres()));
            fixes.add(fix());
        }
        metres += length;
        return fixes;
    }

    /** The fixes of a phone standing still for {@code duration}. */
    List<Fix> stay(Duration duration) {
        List<Fix> fixes = new ArrayList<>();
        for (long s = EVERY.toSeconds(); s <= duration.toSeconds(); s += EVERY.toSeconds()) {
            fixes.add(fix());
        }
        return fixes;
    }

    /** The walk resumes no earlier than {@code instant} (the team spent time answering). */
    void resumeAt(Instant instant) {
        if (instant.isAfter(time)) {
            time = instant;
        }
    }

    /** How far the walk has gone along its legs, noise left out. */
    double metres() {
        return metres;
    }

    private Fix fix() {
        time = time.plus(EVERY);
        PlanePoint measured = new PlanePoint(position.eastMetres() + NOISE_METRES * noise.nextGaussian(),
                position.northMetres() + NOISE_METRES * noise.nextGaussian());
        return Fix.of(plane.unproject(measured), ACCURACY_METRES, time);
    }
}
