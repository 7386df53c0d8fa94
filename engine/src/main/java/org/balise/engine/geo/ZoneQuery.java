package org.balise.engine.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reusable cursor that resolves positions against a {@link ZoneIndex}: the hot path of every fix.
 *
 * <p>Each {@link #resolve} projects the position once into each nearby circuit's plane, walks that circuit's
 * packed tree with a visitor owned by this cursor, and records the hits in arrays that grow when needed and
 * are reused afterwards, so that resolving allocates nothing once warm. Results are read with
 * {@link #size()}, {@link #key(int)} and {@link #signedDistanceMetres(int)} until the next call.
 *
 * <p><b>Thread-safety.</b> None: a cursor belongs to one thread at a time. Its index is shared.
 *
 * @param <K> how the caller names zones
 */
public final class ZoneQuery<K> {

    private final ZoneIndex<K> index;
    private final Probe probe = new Probe();
    private int size;
    private int[] hitCircuit = new int[8];
    private int[] hitZone = new int[8];
    private double[] hitDistance = new double[8];

    ZoneQuery(ZoneIndex<K> index) {
        this.index = index;
    }

    /** See {@link #resolve(double, double, double)}. */
    public int resolve(LatLon position, double reachMetres) {
        return resolve(position.latitude(), position.longitude(), reachMetres);
    }

    /**
     * Finds every zone that the position may be in: those containing it, and those whose boundary is at
     * most {@code reachMetres} away (typically the fix's accuracy plus a margin).
     *
     * @return how many zones were found
     * @throws IllegalArgumentException if the position is not a valid WGS84 position or the reach is not
     *     between 0 and {@link ZoneIndex#MAX_REACH_METRES}
     */
    public int resolve(double latitude, double longitude, double reachMetres) {
        if (!LatLon.isValid(latitude, longitude)) {
            throw new IllegalArgumentException("not a WGS84 position: (" + latitude + ", " + longitude + ")");
        }
        CircuitZones.checkReach(reachMetres);
        size = 0;
        for (int c = 0, count = index.circuitCount(); c < count; c++) {
            if (index.mayReach(c, latitude, longitude, reachMetres)) {
                CircuitZones<K> circuit = index.circuitAt(c);
                PlanePoint p = circuit.projection().project(latitude, longitude);
                probe.aim(c, circuit, p.eastMetres(), p.northMetres(), reachMetres);
                circuit.tree().query(p.eastMetres() - reachMetres, p.northMetres() - reachMetres,
                        p.eastMetres() + reachMetres, p.northMetres() + reachMetres, probe);
            }
        }
        return size;
    }

    /** How many zones the last {@link #resolve} found. */
    public int size() {
        return size;
    }

    /** The key of the {@code i}-th zone found. */
    public K key(int i) {
        return index.circuitAt(hitCircuit[checked(i)]).keyAt(hitZone[i]);
    }

    /** The signed distance from the position to the {@code i}-th zone's boundary (negative inside), metres. */
    public double signedDistanceMetres(int i) {
        return hitDistance[checked(i)];
    }

    /** The {@code i}-th zone found, projected into its circuit's plane. */
    public PlanarZone zone(int i) {
        return index.circuitAt(hitCircuit[checked(i)]).zoneAt(hitZone[i]);
    }

    /** The last results as values, nearest first. */
    public List<ZoneHit<K>> hits() {
        List<ZoneHit<K>> hits = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            hits.add(new ZoneHit<>(key(i), hitDistance[i]));
        }
        hits.sort(Comparator.comparingDouble(ZoneHit::signedDistanceMetres));
        return List.copyOf(hits);
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("hit " + i + " of " + size);
        }
        return i;
    }

    private void add(int circuit, int zone, double distance) {
        if (size == hitZone.length) {
            int grown = size * 2;
            hitCircuit = Arrays.copyOf(hitCircuit, grown);
            hitZone = Arrays.copyOf(hitZone, grown);
            hitDistance = Arrays.copyOf(hitDistance, grown);
        }
        hitCircuit[size] = circuit;
        hitZone[size] = zone;
        hitDistance[size] = distance;
        size++;
    }

    /** The tree visitor, aimed anew at each circuit instead of being allocated per query. */
    private final class Probe implements PackedStrTree.ItemSink {
        private int circuitNumber;
        private @Nullable CircuitZones<K> circuit;
        private double east;
        private double north;
        private double reach;

        void aim(int circuitNumber, CircuitZones<K> circuit, double east, double north, double reach) {
            this.circuitNumber = circuitNumber;
            this.circuit = circuit;
            this.east = east;
            this.north = north;
            this.reach = reach;
        }

        @Override
        public void accept(int zone) {
            CircuitZones<K> aimed = circuit;
            double distance = aimed == null ? Double.NaN : aimed.distanceWithin(zone, east, north, reach);
            if (!Double.isNaN(distance)) {
                add(circuitNumber, zone, distance);
            }
        }
    }
}
