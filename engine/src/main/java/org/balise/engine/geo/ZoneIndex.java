package org.balise.engine.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * All zones of all loaded circuits: which zones may a WGS84 position be in?
 *
 * <p><b>Algorithm.</b> Each circuit keeps its own local plane and tree ({@link CircuitZones}). A position is
 * first compared, in degrees, with each circuit's bounding box (its extent plus the reach, converted with
 * bounds that never underestimate: {@value #METRES_PER_DEGREE_OF_LATITUDE_AT_LEAST} m per degree of latitude,
 * the equatorial radius for longitude); only circuits that pass project the position, once, and query their
 * tree. Longitudes are compared across the antimeridian.
 *
 * <p><b>Cost.</b> O(c) comparisons for c circuits, then for each nearby circuit one projection and one tree
 * query, O(log n + k). Through a reused {@link ZoneQuery}, resolving a position allocates nothing.
 *
 * <p><b>Thread-safety.</b> Immutable; share one index between threads, and give each thread its own
 * {@link ZoneQuery}. Loading a circuit means building a new index ({@link #with}), which is cheap next to
 * reading a circuit: the circuits' trees are shared, not rebuilt.
 *
 * <p><b>Limits.</b> A reach is at most {@value #MAX_REACH_METRES} m; near the poles (within about a degree
 * of them) the longitude comparison is skipped and every circuit there is projected.
 *
 * @param <K> how the caller names zones; keys must be unique across circuits
 */
public final class ZoneIndex<K> {

    /** The largest reach a query may ask for, in metres. */
    public static final double MAX_REACH_METRES = 100_000;
    static final double METRES_PER_DEGREE_OF_LATITUDE_AT_LEAST = 110_000;
    private static final double DEGREES_OF_LATITUDE_PER_METRE = 1 / METRES_PER_DEGREE_OF_LATITUDE_AT_LEAST;
    private static final double SAFETY = 1.01;

    private final List<CircuitZones<K>> circuits;
    private final CircuitZones<?>[] byNumber;
    private final double[] originLatitude;
    private final double[] originLongitude;
    private final double[] extentMetres;
    private final double[] degreesOfLongitudePerMetre;

    private ZoneIndex(List<CircuitZones<K>> circuits) {
        this.circuits = List.copyOf(circuits);
        Set<K> seen = new HashSet<>();
        for (CircuitZones<K> circuit : this.circuits) {
            for (K key : circuit.keys()) {
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("zone key " + key + " appears in two circuits");
                }
            }
        }
        int c = this.circuits.size();
        byNumber = this.circuits.toArray(new CircuitZones<?>[0]);
        originLatitude = new double[c];
        originLongitude = new double[c];
        extentMetres = new double[c];
        degreesOfLongitudePerMetre = new double[c];
        for (int i = 0; i < c; i++) {
            CircuitZones<K> circuit = this.circuits.get(i);
            LatLon origin = circuit.projection().origin();
            originLatitude[i] = origin.latitude();
            originLongitude[i] = origin.longitude();
            extentMetres[i] = circuit.extentMetres() * SAFETY + 1;
            double poleward = Math.abs(origin.latitude())
                    + (extentMetres[i] + MAX_REACH_METRES) * DEGREES_OF_LATITUDE_PER_METRE + 1;
            // A parallel of latitude φ is at least 2π·a·cos φ long (the normal radius N is never below a).
            degreesOfLongitudePerMetre[i] = poleward >= 89
                    ? Double.POSITIVE_INFINITY
                    : 180 / (Math.PI * Wgs84.A * Math.cos(Math.toRadians(poleward)));
        }
    }

    /** An index over {@code circuits}. */
    public static <K> ZoneIndex<K> of(List<CircuitZones<K>> circuits) {
        return new ZoneIndex<>(circuits);
    }

    /** This index plus one more circuit. */
    public ZoneIndex<K> with(CircuitZones<K> circuit) {
        List<CircuitZones<K>> more = new ArrayList<>(circuits);
        more.add(circuit);
        return new ZoneIndex<>(more);
    }

    /** This index without {@code circuit} (compared by identity). */
    public ZoneIndex<K> without(CircuitZones<K> circuit) {
        return new ZoneIndex<>(circuits.stream().filter(c -> c != circuit).toList());
    }

    public List<CircuitZones<K>> circuits() {
        return circuits;
    }

    /** A reusable, single-threaded cursor over this index: the allocation-free way to resolve many fixes. */
    public ZoneQuery<K> newQuery() {
        return new ZoneQuery<>(this);
    }

    /** The zones {@code position} may be in (see {@link ZoneQuery#resolve}), nearest first. */
    public List<ZoneHit<K>> resolve(LatLon position, double reachMetres) {
        ZoneQuery<K> query = newQuery();
        query.resolve(position, reachMetres);
        return query.hits();
    }

    int circuitCount() {
        return byNumber.length;
    }

    @SuppressWarnings("unchecked")
    CircuitZones<K> circuitAt(int number) {
        return (CircuitZones<K>) byNumber[number];
    }

    /** The cheap test in degrees: could a position at this latitude and longitude reach circuit {@code c}? */
    boolean mayReach(int c, double latitude, double longitude, double reach) {
        double pad = extentMetres[c] + reach;
        if (Math.abs(latitude - originLatitude[c]) > pad * DEGREES_OF_LATITUDE_PER_METRE) {
            return false;
        }
        double dLon = LocalProjection.normalizeLongitude(longitude - originLongitude[c]);
        return Math.abs(dLon) <= pad * degreesOfLongitudePerMetre[c];
    }

    @Override
    public String toString() {
        return "ZoneIndex[" + circuits.size() + " circuits]";
    }
}
