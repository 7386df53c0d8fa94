package org.balise.engine.track;

import java.util.EnumMap;
import java.util.Map;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.FixRejection;
import org.balise.engine.geo.FixVerdict;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.LocalProjection;
import org.balise.engine.geo.PlanePoint;
import org.jspecify.annotations.Nullable;

/**
 * What became of a replay's fixes: how many were accepted, rejected (by reason) and flagged (by flag), and the
 * length of the path through the accepted ones.
 *
 * <p>Each step of the path is measured in the plane tangent to the ellipsoid at its first end
 * ({@link LocalProjection}): for steps of tens of metres, short of the true distance by far less than a millimetre.
 * A step to the far side of the Earth cannot be measured so and is left out: it is no walk, and the filter has
 * flagged it as a jump anyway. Not thread-safe: one per replay.
 */
final class FixTally {

    private int accepted;
    private final Map<FixRejection, Integer> rejections = new EnumMap<>(FixRejection.class);
    private final Map<FixFlag, Integer> flags = new EnumMap<>(FixFlag.class);
    private double lengthMetres;
    private @Nullable LatLon lastPosition;

    void count(FixVerdict verdict) {
        switch (verdict) {
            case FixVerdict.Rejected rejected -> rejections.merge(rejected.reason(), 1, Integer::sum);
            case FixVerdict.Accepted kept -> {
                accepted++;
                kept.flags().forEach(flag -> flags.merge(flag, 1, Integer::sum));
                walkTo(kept.position());
            }
        }
    }

    private void walkTo(LatLon position) {
        LatLon from = lastPosition;
        lastPosition = position;
        if (from == null) {
            return;
        }
        try {
            PlanePoint step = LocalProjection.centredOn(from).project(position);
            lengthMetres += Math.hypot(step.eastMetres(), step.northMetres());
        } catch (IllegalArgumentException farSideOfTheEarth) {
            // Left out, as the class says: no plane holds both ends.
        }
    }

    int accepted() {
        return accepted;
    }

    Map<FixRejection, Integer> rejections() {
        return rejections;
    }

    Map<FixFlag, Integer> flags() {
        return flags;
    }

    double lengthMetres() {
        return lengthMetres;
    }
}
