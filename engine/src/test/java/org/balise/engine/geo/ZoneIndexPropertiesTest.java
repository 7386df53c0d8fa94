package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The fast path against the obvious one: the packed tree, flat circle arrays and facet scan must say exactly
 * what a linear scan over every zone with plain JTS geometry says.
 */
class ZoneIndexPropertiesTest {

    private static final GeometryFactory PLANE = new GeometryFactory();

    /** A seeded circuit of circles and star-shaped polygons within {@code side} metres of the origin. */
    private static Map<Integer, Zone> zones(Around around, int count, double side, long seed) {
        Random random = new Random(seed);
        Map<Integer, Zone> zones = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            double east = (random.nextDouble() - 0.5) * side;
            double north = (random.nextDouble() - 0.5) * side;
            double radius = 5 + 60 * random.nextDouble();
            if (random.nextBoolean()) {
                zones.put(i, around.circle(east, north, radius));
            } else {
                int vertices = 3 + random.nextInt(10);
                double[] ring = new double[2 * vertices];
                for (int v = 0; v < vertices; v++) {
                    double angle = 2 * Math.PI * v / vertices;
                    double r = radius * (0.3 + 0.7 * random.nextDouble());
                    ring[2 * v] = east + r * Math.cos(angle);
                    ring[2 * v + 1] = north + r * Math.sin(angle);
                }
                zones.put(i, new Zone.Polygon(List.of(around.ring(ring))));
            }
        }
        return zones;
    }

    /** The obvious answer: every zone, plain JTS geometry in the circuit's plane, no index, no shortcut. */
    private static Map<Integer, Double> linearScan(CircuitZones<Integer> circuit, Map<Integer, Zone> zones,
            LatLon position, double reach) {
        Map<Integer, Double> found = new TreeMap<>();
        if (zones.isEmpty()) {
            return found;
        }
        LocalProjection plane = circuit.projection();
        PlanePoint p = plane.project(position);
        Point point = PLANE.createPoint(new Coordinate(p.eastMetres(), p.northMetres()));
        zones.forEach((key, zone) -> {
            double distance = switch (zone) {
                case Zone.Circle circle -> {
                    PlanePoint c = plane.project(circle.centre());
                    yield PLANE.createPoint(new Coordinate(c.eastMetres(), c.northMetres())).distance(point)
                            - circle.radiusMetres();
                }
                case Zone.Polygon ignored -> {
                    Polygon polygon = ((PlanarPolygon) circuit.zone(key).orElseThrow()).polygon();
                    double toBoundary = polygon.getBoundary().distance(point);
                    yield polygon.contains(point) ? -toBoundary : toBoundary;
                }
            };
            if (distance <= reach) {
                found.put(key, distance);
            }
        });
        return found;
    }

    private static Map<Integer, Double> indexed(ZoneIndex<Integer> index, LatLon position, double reach) {
        Map<Integer, Double> found = new TreeMap<>();
        index.resolve(position, reach).forEach(hit -> found.put(hit.key(), hit.signedDistanceMetres()));
        return found;
    }

    @Property(tries = 300)
    void theIndexFindsTheSameZonesAtTheSameDistancesAsALinearScan(
            @ForAll @DoubleRange(min = -70, max = 70) double latitude,
            @ForAll @DoubleRange(min = -180, max = 180) double longitude,
            @ForAll @IntRange(min = 0, max = 300) int count,
            @ForAll @DoubleRange(min = 0, max = 150) double reach,
            @ForAll long seed) {
        Around around = new Around(new LatLon(latitude, longitude));
        double side = 100 + 20 * Math.sqrt(count) * 50;
        Map<Integer, Zone> zones = zones(around, count, side, seed);
        CircuitZones<Integer> circuit = CircuitZones.of(zones);
        ZoneIndex<Integer> index = ZoneIndex.of(List.of(circuit));
        Random random = new Random(seed ^ 0x5DEECE66DL);

        for (int i = 0; i < 50; i++) {
            LatLon fix = around.at((random.nextDouble() - 0.5) * (side + 400), (random.nextDouble() - 0.5) * (side + 400));

            Map<Integer, Double> expected = linearScan(circuit, zones, fix, reach);
            Map<Integer, Double> actual = indexed(index, fix, reach);

            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((key, distance) -> assertThat(actual.get(key)).isCloseTo(distance, within(1e-6)));
        }
    }

    @Property(tries = 100)
    void theAnswerDoesNotDependOnTheOrderTheZonesWereGivenIn(
            @ForAll @IntRange(min = 1, max = 200) int count,
            @ForAll long seed) {
        Around around = Around.DIJON;
        Map<Integer, Zone> zones = zones(around, count, 2_000, seed);
        List<Integer> shuffled = new ArrayList<>(zones.keySet());
        Collections.shuffle(shuffled, new Random(seed));
        Map<Integer, Zone> reordered = new LinkedHashMap<>();
        shuffled.forEach(key -> reordered.put(key, zones.get(key)));
        LatLon origin = CircuitZones.centreOf(zones.values());
        ZoneIndex<Integer> one = ZoneIndex.of(List.of(CircuitZones.of(zones, origin)));
        ZoneIndex<Integer> other = ZoneIndex.of(List.of(CircuitZones.of(reordered, origin)));
        Random random = new Random(~seed);

        for (int i = 0; i < 50; i++) {
            LatLon fix = around.at((random.nextDouble() - 0.5) * 2_400, (random.nextDouble() - 0.5) * 2_400);

            assertThat(indexed(other, fix, 30)).isEqualTo(indexed(one, fix, 30));
        }
    }

    @Property(tries = 200)
    void aPointInsideAZoneIsFoundInsideWhateverTheReach(
            @ForAll @IntRange(min = 1, max = 100) int count,
            @ForAll @DoubleRange(min = 0, max = 500) double reach,
            @ForAll long seed) {
        Map<Integer, Zone> zones = zones(Around.DIJON, count, 3_000, seed);
        ZoneIndex<Integer> index = ZoneIndex.of(List.of(CircuitZones.of(zones)));
        for (Map.Entry<Integer, Zone> entry : zones.entrySet()) {
            if (entry.getValue() instanceof Zone.Circle circle) {
                assertThat(indexed(index, circle.centre(), reach)).containsKey(entry.getKey());
                assertThat(indexed(index, circle.centre(), reach).get(entry.getKey())).isNegative();
            }
        }
    }
}
