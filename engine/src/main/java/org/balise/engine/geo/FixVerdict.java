package org.balise.engine.geo;

import java.util.Set;

/** What {@link FixFilter} says about one fix: accepted (perhaps with flags) or rejected with a reason. */
public sealed interface FixVerdict permits FixVerdict.Accepted, FixVerdict.Rejected {

    Fix fix();

    /**
     * A plausible fix, with its position checked. Flags mark it as suspicious without dropping it.
     *
     * @param position the fix's position, valid by construction
     */
    record Accepted(Fix fix, LatLon position, Set<FixFlag> flags) implements FixVerdict {
        public Accepted {
            flags = Set.copyOf(flags);
            if (position.latitude() != fix.latitude() || position.longitude() != fix.longitude()) {
                throw new IllegalArgumentException("an accepted fix's position must be the fix's own");
            }
        }

        public boolean flagged(FixFlag flag) {
            return flags.contains(flag);
        }

        public double accuracyMetres() {
            return fix.accuracyMetres();
        }
    }

    /** A fix that cannot be used, and why. */
    record Rejected(Fix fix, FixRejection reason) implements FixVerdict {
    }
}
