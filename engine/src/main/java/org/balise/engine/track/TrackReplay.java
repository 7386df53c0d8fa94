package org.balise.engine.track;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.CircuitZones;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.FixFilter;
import org.balise.engine.geo.FixVerdict;
import org.balise.engine.geo.PlanePoint;
import org.balise.engine.geo.PresenceChange;
import org.balise.engine.geo.TeamPresence;
import org.balise.engine.play.PreparedCircuit;
import org.jspecify.annotations.Nullable;

/**
 * Replays a recorded walk against a circuit, as if a team on site had sent its fixes: which stations it would
 * have reached, when, and how near it came to the others.
 *
 * <p><b>Algorithm.</b> Each fix takes the path of a team's fix on site: the walking {@link FixFilter} judges it
 * against the last accepted fix, as received at the instant it was recorded (an upload has no reception time, and
 * any later one would only make fixes look as if from the future); an accepted fix then goes to
 * {@link TeamPresence}, with each station's own {@link Station#presence() presence rule}, whose arrivals and
 * departures become the stations' {@link Visit}s. Alongside, every accepted fix is measured against every zone for
 * the {@link ClosestApproach}, and the path through the accepted fixes is measured.
 *
 * <p><b>What it leaves out.</b> Unlock rules: every station with a zone is treated as open, and stays tracked
 * after an arrival, because an author wants to see geometry and presence, not the progression (in a game, a
 * locked station is not reached however long the team stands there). Stations without a zone are listed as
 * {@link StationReplay.NoZone}: only their other proofs reach them.
 *
 * <p><b>Cost.</b> Per fix: one filter decision, one presence step (one projection and one index query), and one
 * distance per zone for the closest approach: O(fixes × stations), a few seconds at worst for the largest track
 * ({@value TrackFiles#MAX_POINTS} fixes) against tens of stations.
 *
 * <p><b>Thread-safety.</b> Stateless; reads no clock.
 */
public final class TrackReplay {

    private static final FixFilter WALKING = new FixFilter(FixFilter.Settings.WALKING);

    private TrackReplay() {
    }

    /**
     * Replays {@code track} against {@code circuit}, a circuit the loader returned.
     *
     * @throws IllegalArgumentException if a zone of the circuit cannot be projected (a circuit the loader
     *     returned always can)
     */
    public static ReplayReport replay(Circuit circuit, Track track) {
        PreparedCircuit prepared = PreparedCircuit.of(circuit);
        CircuitZones<String> zones = prepared.zones();
        Map<String, StationWatch> watches = new LinkedHashMap<>();
        for (String stationId : zones.keys()) {
            watches.put(stationId, new StationWatch(stationId, zones.zone(stationId).orElseThrow(), track.start()));
        }
        TeamPresence<String> presence =
                TeamPresence.start(zones, stationId -> prepared.station(stationId).orElseThrow().presence());
        FixTally tally = new FixTally();
        FixVerdict.@Nullable Accepted last = null;
        for (Fix fix : track.fixes()) {
            FixVerdict verdict = WALKING.judge(fix, last, fix.time());
            tally.count(verdict);
            if (verdict instanceof FixVerdict.Accepted accepted) {
                inPlane(zones, accepted).ifPresent(point -> watches.values().forEach(watch -> watch.see(point, accepted)));
                TeamPresence.Step<String> step = presence.observe(accepted);
                for (PresenceChange<String> change : step.changes()) {
                    watches.get(change.key()).record(change.decision());
                }
                presence = step.next();
                last = accepted;
            }
        }
        List<StationReplay> stations = circuit.stations().stream()
                .map(station -> watches.containsKey(station.id())
                        ? watches.get(station.id()).outcome()
                        : (StationReplay) new StationReplay.NoZone(station.id()))
                .toList();
        return new ReplayReport(stations, track.start(), track.end(), tally.lengthMetres(), tally.accepted(),
                tally.rejections(), tally.flags());
    }

    private static Optional<PlanePoint> inPlane(CircuitZones<String> zones, FixVerdict.Accepted fix) {
        try {
            return Optional.of(zones.project(fix.position()));
        } catch (IllegalArgumentException farSideOfTheEarth) {
            // On the far side of the Earth from the circuit: no station's nearest fix, and no evidence for presence.
            return Optional.empty();
        }
    }
}
