package org.balise.engine.play.team;

import java.time.Instant;
import java.util.Set;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.FixVerdict;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.Sorted;

/**
 * A fix the filter accepted, as plain values: what the team state keeps of the last one (the filter and
 * presence compare the next fix with it) and what events carry.
 *
 * @param flags why the fix is suspicious; empty when it is not
 */
public record AcceptedFix(double latitude, double longitude, double accuracyMetres, Instant time, Set<FixFlag> flags) {

    public AcceptedFix {
        flags = Sorted.set(flags);
    }

    public static AcceptedFix of(FixVerdict.Accepted accepted) {
        Fix fix = accepted.fix();
        return new AcceptedFix(fix.latitude(), fix.longitude(), fix.accuracyMetres(), fix.time(), accepted.flags());
    }

    /** The filter's verdict this was made of, for the filter and presence to compare the next fix with. */
    public FixVerdict.Accepted toVerdict() {
        LatLon position = new LatLon(latitude, longitude);
        return new FixVerdict.Accepted(new Fix(latitude, longitude, accuracyMetres, time, null, null,
                flags.contains(FixFlag.MOCK_LOCATION)), position, flags);
    }
}
