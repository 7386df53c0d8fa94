package org.balise.engine.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The zones of one circuit, projected once into the circuit's own local plane and indexed.
 *
 * <p><b>Algorithm.</b> The plane ({@link LocalProjection}) is centred on the middle of the zones' extent.
 * Each zone becomes a {@link PlanarZone}; circles additionally keep centre and radius in flat arrays so
 * that the hot path tests them without a virtual call. Zones' boxes go into a {@link PackedStrTree}.
 *
 * <p><b>Cost.</b> Build O(n log n) plus polygon preparation. {@link #near} is one tree query, O(log n + k),
 * then an exact test per candidate: O(1) for a circle, O(v) for a polygon of v vertices.
 *
 * <p><b>Thread-safety.</b> Immutable; any number of threads may query at once.
 *
 * <p><b>Limits.</b> All zones must lie within {@value #MAX_EXTENT_METRES} m of the plane's origin, where the
 * plane's distortion stays below 1.3e-2 (in practice circuits span a few kilometres: under 1 ppm).
 *
 * @param <K> how the caller names zones, e.g. {@link ZoneKey}
 */
public final class CircuitZones<K> {

    /** How far from the circuit's centre a zone may lie, in metres. */
    public static final double MAX_EXTENT_METRES = 1_000_000;

    private final LocalProjection projection;
    private final List<K> keys;
    private final Map<K, Integer> numbers;
    private final PlanarZone[] zones;
    /** Circle centre and radius by zone number; NaN radius for a polygon. */
    private final double[] circleEast;
    private final double[] circleNorth;
    private final double[] circleRadius;
    private final PackedStrTree tree;
    private final double extentMetres;

    private CircuitZones(LocalProjection projection, Map<K, ? extends Zone> zonesByKey) {
        this.projection = projection;
        this.keys = List.copyOf(zonesByKey.keySet());
        int n = keys.size();
        this.zones = new PlanarZone[n];
        this.circleEast = new double[n];
        this.circleNorth = new double[n];
        this.circleRadius = new double[n];
        Map<K, Integer> byKey = new HashMap<>();
        List<Envelope> boxes = new ArrayList<>(n);
        double extent = 0;
        for (int i = 0; i < n; i++) {
            K key = keys.get(i);
            PlanarZone zone;
            try {
                zone = PlanarZone.of(zonesByKey.get(key), projection);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("zone " + key + ": " + e.getMessage(), e);
            }
            zones[i] = zone;
            byKey.put(key, i);
            circleRadius[i] = Double.NaN;
            if (zone instanceof PlanarCircle circle) {
                circleEast[i] = circle.east();
                circleNorth[i] = circle.north();
                circleRadius[i] = circle.radius();
            }
            Envelope box = zone.envelope();
            boxes.add(box);
            extent = Math.max(extent, farthestCorner(box));
        }
        if (extent > MAX_EXTENT_METRES) {
            throw new IllegalArgumentException("a circuit's zones must lie within " + (long) MAX_EXTENT_METRES
                    + " m of its centre " + projection.origin() + ", reached " + Math.round(extent) + " m");
        }
        this.numbers = Collections.unmodifiableMap(byKey);
        this.tree = new PackedStrTree(boxes);
        this.extentMetres = extent;
    }

    /**
     * Projects and indexes {@code zones}, keeping the map's iteration order, in a plane centred on the
     * middle of their extent.
     *
     * @throws IllegalArgumentException if a polygon is invalid or the zones spread too far (the message
     *     names the zone)
     */
    public static <K> CircuitZones<K> of(Map<K, ? extends Zone> zones) {
        return new CircuitZones<>(LocalProjection.centredOn(centreOf(zones.values())), new LinkedHashMap<>(zones));
    }

    /** As {@link #of(Map)}, in the plane tangent at {@code origin}. */
    public static <K> CircuitZones<K> of(Map<K, ? extends Zone> zones, LatLon origin) {
        return new CircuitZones<>(LocalProjection.centredOn(origin), new LinkedHashMap<>(zones));
    }

    /** The middle of the positions' latitude and longitude ranges, longitudes taken across the antimeridian. */
    static LatLon centreOf(Iterable<? extends Zone> zones) {
        double reference = Double.NaN;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (Zone zone : zones) {
            List<LatLon> positions = switch (zone) {
                case Zone.Circle circle -> List.of(circle.centre());
                case Zone.Polygon polygon -> polygon.outerRing();
            };
            for (LatLon p : positions) {
                if (Double.isNaN(reference)) {
                    reference = p.longitude();
                }
                double lon = reference + LocalProjection.normalizeLongitude(p.longitude() - reference);
                minLat = Math.min(minLat, p.latitude());
                maxLat = Math.max(maxLat, p.latitude());
                minLon = Math.min(minLon, lon);
                maxLon = Math.max(maxLon, lon);
            }
        }
        if (Double.isNaN(reference)) {
            return new LatLon(0, 0);
        }
        return new LatLon((minLat + maxLat) / 2, LocalProjection.normalizeLongitude((minLon + maxLon) / 2));
    }

    private static double farthestCorner(Envelope box) {
        double e = Math.max(Math.abs(box.getMinX()), Math.abs(box.getMaxX()));
        double n = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
        return Math.hypot(e, n);
    }

    public LocalProjection projection() {
        return projection;
    }

    /** The keys, in the order the zones were given. */
    public List<K> keys() {
        return keys;
    }

    public int size() {
        return keys.size();
    }

    /** The zone named {@code key}, projected; empty if this circuit has no such zone. */
    public Optional<PlanarZone> zone(K key) {
        Integer number = numbers.get(key);
        return number == null ? Optional.empty() : Optional.of(zones[number]);
    }

    /** Projects a position into this circuit's plane. */
    public PlanePoint project(LatLon position) {
        return projection.project(position);
    }

    /**
     * The zones that a point may be in: those whose boundary is at most {@code reachMetres} away outside
     * (every zone containing the point, plus those within reach), nearest first.
     */
    public List<ZoneHit<K>> near(PlanePoint point, double reachMetres) {
        checkReach(reachMetres);
        List<ZoneHit<K>> hits = new ArrayList<>();
        double east = point.eastMetres();
        double north = point.northMetres();
        tree.query(east - reachMetres, north - reachMetres, east + reachMetres, north + reachMetres, zone -> {
            double distance = distanceWithin(zone, east, north, reachMetres);
            if (!Double.isNaN(distance)) {
                hits.add(new ZoneHit<>(keys.get(zone), distance));
            }
        });
        hits.sort(Comparator.comparingDouble(ZoneHit::signedDistanceMetres));
        return List.copyOf(hits);
    }

    /** The zones that the straight segment between two points touches, in the order the zones were given. */
    public List<K> crossedBy(PlanePoint from, PlanePoint to) {
        List<Integer> found = new ArrayList<>();
        tree.query(Math.min(from.eastMetres(), to.eastMetres()), Math.min(from.northMetres(), to.northMetres()),
                Math.max(from.eastMetres(), to.eastMetres()), Math.max(from.northMetres(), to.northMetres()),
                zone -> {
                    if (zones[zone].crossedBy(from, to)) {
                        found.add(zone);
                    }
                });
        return found.stream().sorted().map(keys::get).toList();
    }

    static void checkReach(double reachMetres) {
        if (!(reachMetres >= 0) || reachMetres > ZoneIndex.MAX_REACH_METRES) {
            throw new IllegalArgumentException("a reach must be between 0 and " + (long) ZoneIndex.MAX_REACH_METRES
                    + " m, was " + reachMetres);
        }
    }

    /** The walk that visits candidate zones: package-private so that a reusable query can drive it. */
    PackedStrTree tree() {
        return tree;
    }

    /**
     * The hot path's exact test: the signed distance from the plane point to zone {@code zone} if it is at
     * most {@code reach}, NaN otherwise. Circles are tested on flat arrays, squared distances first, with no
     * allocation.
     */
    double distanceWithin(int zone, double east, double north, double reach) {
        double radius = circleRadius[zone];
        if (radius >= 0) {
            double de = east - circleEast[zone];
            double dn = north - circleNorth[zone];
            double squared = de * de + dn * dn;
            double limit = radius + reach;
            return squared <= limit * limit ? Math.sqrt(squared) - radius : Double.NaN;
        }
        double distance = zones[zone].signedDistanceMetres(east, north);
        return distance <= reach ? distance : Double.NaN;
    }

    K keyAt(int zone) {
        return keys.get(zone);
    }

    PlanarZone zoneAt(int zone) {
        return zones[zone];
    }

    /** The distance from the origin, in the plane, within which every zone lies. */
    double extentMetres() {
        return extentMetres;
    }

    @Override
    public String toString() {
        return "CircuitZones[" + keys.size() + " zones around " + projection.origin() + "]";
    }
}
