package org.balise.engine.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.geo.FixVerdict;
import org.balise.engine.geo.PlanarZone;
import org.balise.engine.geo.PlanePoint;
import org.balise.engine.geo.PresenceDecision;
import org.jspecify.annotations.Nullable;

/**
 * What a replay learns about one station with a zone: its visits, from presence's arrivals and departures, and
 * the accepted fix that came nearest its zone. Not thread-safe: one per station and replay.
 */
final class StationWatch {

    private final String stationId;
    private final PlanarZone zone;
    private final Instant trackStart;
    private final List<Visit> visits = new ArrayList<>();
    private @Nullable ClosestApproach closest;

    StationWatch(String stationId, PlanarZone zone, Instant trackStart) {
        this.stationId = stationId;
        this.zone = zone;
        this.trackStart = trackStart;
    }

    /** An accepted fix, at {@code point} in the circuit's plane: perhaps the nearest yet. */
    void see(PlanePoint point, FixVerdict.Accepted fix) {
        double distance = Math.max(0, zone.signedDistanceMetres(point));
        if (closest == null || distance < closest.distanceMetres()) {
            closest = new ClosestApproach(distance, fix.fix().time(), fix.position());
        }
    }

    /** An arrival or a departure that presence decided at this station. */
    void record(PresenceDecision decision) {
        if (decision instanceof PresenceDecision.Arrived arrived) {
            visits.add(new Visit(arrived.at(), Duration.between(trackStart, arrived.at()), null, arrived.byCrossing()));
        } else if (decision instanceof PresenceDecision.Left left) {
            Visit open = visits.removeLast();
            visits.add(new Visit(open.arrivedAt(), open.afterStart(), left.at(), open.byCrossing()));
        }
    }

    StationReplay outcome() {
        ClosestApproach nearest = closest;
        if (visits.isEmpty() || nearest == null) {
            return new StationReplay.NotReached(stationId, nearest);
        }
        return new StationReplay.Reached(stationId, visits, nearest);
    }
}
