package org.balise.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.balise.engine.geo.CircuitZones;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.balise.engine.geo.ZoneIndex;
import org.balise.engine.geo.ZoneQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Fixes resolved per second: one fix is one {@link ZoneQuery#resolve} against an index of {@code zones}
 * circles or polygons around Dijon (47.32 N, 5.00 E), a zone per hectare on average (100 m apart), radii 15
 * to 40 m, and a reach of 25 m (accuracy plus margin). Fixes are spread uniformly over the zones' area and a
 * 200 m border, so most miss every zone and some fall in one or two, as on a real circuit.
 *
 * <p>Each invocation resolves {@value #FIXES} precomputed fixes in a row; JMH divides by that number.
 * Everything is seeded: two runs resolve the same fixes against the same zones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FixResolutionBenchmark {

    static final int FIXES = 4_096;
    private static final double DIJON_LATITUDE = 47.32;
    private static final double DIJON_LONGITUDE = 5.00;
    private static final double METRES_PER_DEGREE_OF_LATITUDE = 111_200;
    private static final double REACH_METRES = 25;

    @Param({"10", "100", "10000"})
    public int zones;

    @Param({"CIRCLE", "POLYGON"})
    public String shape;

    private ZoneQuery<Integer> query;
    private final double[] latitudes = new double[FIXES];
    private final double[] longitudes = new double[FIXES];

    @Setup
    public void setUp() {
        Random random = new Random(20_261_123L + zones);
        double side = Math.sqrt(zones) * 100;
        Map<Integer, Zone> byKey = new LinkedHashMap<>();
        for (int i = 0; i < zones; i++) {
            LatLon centre = offset(random.nextDouble() * side - side / 2, random.nextDouble() * side - side / 2);
            double radius = 15 + 25 * random.nextDouble();
            byKey.put(i, "CIRCLE".equals(shape) ? new Zone.Circle(centre, radius) : polygon(centre, radius, random));
        }
        query = ZoneIndex.of(List.of(CircuitZones.of(byKey))).newQuery();
        double spread = side + 400;
        for (int i = 0; i < FIXES; i++) {
            LatLon fix = offset(random.nextDouble() * spread - spread / 2, random.nextDouble() * spread - spread / 2);
            latitudes[i] = fix.latitude();
            longitudes[i] = fix.longitude();
        }
    }

    /** A star-shaped polygon of 6 to 12 vertices around {@code centre}: always simple, hence valid. */
    private static Zone.Polygon polygon(LatLon centre, double radius, Random random) {
        int vertices = 6 + random.nextInt(7);
        List<LatLon> ring = new ArrayList<>();
        for (int v = 0; v < vertices; v++) {
            double angle = 2 * Math.PI * v / vertices;
            double r = radius * (0.7 + 0.3 * random.nextDouble());
            ring.add(offset(centre, r * Math.cos(angle), r * Math.sin(angle)));
        }
        ring.add(ring.getFirst());
        return new Zone.Polygon(List.of(ring));
    }

    private static LatLon offset(double eastMetres, double northMetres) {
        return offset(new LatLon(DIJON_LATITUDE, DIJON_LONGITUDE), eastMetres, northMetres);
    }

    private static LatLon offset(LatLon from, double eastMetres, double northMetres) {
        double latitude = from.latitude() + northMetres / METRES_PER_DEGREE_OF_LATITUDE;
        double longitude = from.longitude()
                + eastMetres / (METRES_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(from.latitude())));
        return new LatLon(latitude, longitude);
    }

    @Benchmark
    @OperationsPerInvocation(FIXES)
    public int resolveFixes() {
        int found = 0;
        for (int i = 0; i < FIXES; i++) {
            found += query.resolve(latitudes[i], longitudes[i], REACH_METRES);
        }
        return found;
    }
}
