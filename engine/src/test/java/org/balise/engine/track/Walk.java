package org.balise.engine.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.LocalProjection;
import org.balise.engine.geo.PlanePoint;

/** Walks laid out in metres east and north of an origin, in its tangent plane, with fixes from a start instant. */
record Walk(LatLon origin, Instant start) {

    static final Walk IN_DIJON = new Walk(new LatLon(47.32, 5.04), Instant.parse("2026-05-12T08:00:00Z"));

    LatLon at(double eastMetres, double northMetres) {
        return LocalProjection.centredOn(origin).unproject(new PlanePoint(eastMetres, northMetres));
    }

    Fix fix(double eastMetres, double northMetres, double accuracyMetres, long second) {
        return Fix.of(at(eastMetres, northMetres), accuracyMetres, start.plusSeconds(second));
    }

    /** Eastward along the origin's parallel at 1 m/s, a fix every {@code secondsPerFix}, from 0 to {@code metres}. */
    List<Fix> east(double metres, int secondsPerFix, double accuracyMetres) {
        List<Fix> fixes = new ArrayList<>();
        for (int second = 0; second <= metres; second += secondsPerFix) {
            fixes.add(fix(second, 0, accuracyMetres, second));
        }
        return fixes;
    }

    /** A timed track of these fixes, each with an accuracy the file reported. */
    static Track track(List<Fix> fixes) {
        return new Track(TrackFormat.GPX, null, fixes, true, new AccuracySources(fixes.size(), 0, 0));
    }
}
