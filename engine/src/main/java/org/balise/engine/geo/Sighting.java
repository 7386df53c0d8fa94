package org.balise.engine.geo;

import java.time.Instant;
import java.util.Set;

/**
 * An accepted fix as presence sees it: its position in the circuit's plane, its accuracy, its instant and
 * the filter's flags. Valid by construction: a positive, finite accuracy.
 */
public record Sighting(PlanePoint position, double accuracyMetres, Instant time, Set<FixFlag> flags) {

    public Sighting {
        if (!(accuracyMetres > 0) || Double.isInfinite(accuracyMetres)) {
            throw new IllegalArgumentException("a sighting needs a positive accuracy, was " + accuracyMetres);
        }
        flags = Set.copyOf(flags);
    }

    /** An accepted fix, projected into {@code projection}'s plane. */
    public static Sighting of(FixVerdict.Accepted fix, LocalProjection projection) {
        return new Sighting(projection.project(fix.position()), fix.accuracyMetres(), fix.fix().time(), fix.flags());
    }

    public boolean flagged(FixFlag flag) {
        return flags.contains(flag);
    }
}
