package org.balise.engine.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes recorded-style tracks from a seeded noise model, so that presence can be tested on the error real
 * phones make near tall blocks, reproducibly. The committed CSV files under {@code src/test/resources/tracks}
 * are this class's output; {@code TrackFixturesTest} checks that it still reproduces them. To regenerate
 * after a deliberate change, run {@link #main} with the tracks folder as argument.
 *
 * <p>The noise model, one fix a second (figures from shared/gps-logs/SOURCES.md):
 * <ul>
 * <li>drift: a first-order autoregressive offset per axis (standard deviation and time constant given), the
 *     slow wander of a fix that stays wrong for tens of seconds;
 * <li>jitter: independent Gaussian noise per axis and per fix;
 * <li>multipath episodes, if enabled: about one every 4 minutes, an offset of 30 to 80 m in a random
 *     direction lasting 5 to 30 s, with the reported accuracy inflated 2 to 4 times in half of them;
 * <li>reported accuracy: the scenario's figure with 15 % noise, never under 3 m.
 * </ul>
 * {@link StrictMath} keeps the output identical on every JVM; positions are written to 1e-7 degree (1 cm).
 */
final class TrackGenerator {

    /** Where the scenarios take place: a station in central Dijon. */
    static final LatLon STATION = new LatLon(47.3216, 5.0405);
    static final Instant START = Instant.parse("2026-05-12T09:00:00Z");

    /** A leg of the true path: walk to a point at a speed, or stay where the team is. */
    sealed interface Leg {
    }

    record Walk(double east, double north, double metresPerSecond) implements Leg {
    }

    record Stay(int seconds) implements Leg {
    }

    record Noise(double driftSigma, double driftSeconds, double jitterSigma, double accuracy, boolean multipath) {
    }

    /** A named case: a true path from a start point and a noise model, with its seed. */
    record Scenario(String name, double startEast, double startNorth, List<Leg> legs, Noise noise, long seed) {
        String file() {
            return name + ".csv";
        }
    }

    static final Scenario WALK_PAST = new Scenario("walk-past-station-at-40m-with-25m-jitter",
            -150, 40, List.of(new Walk(150, 40, 1.3)),
            new Noise(4, 30, 16.5, 25, false), 40L);

    static final Scenario STOP = new Scenario("stop-at-station-with-30m-accuracy-and-drift",
            -120, -20, List.of(new Walk(0, 5, 1.3), new Stay(90), new Walk(150, 60, 1.3)),
            new Noise(10, 20, 14, 30, false), 30L);

    static final Scenario BENCH = new Scenario("phone-on-bench-inside-zone",
            8, -5, List.of(new Stay(1_200)),
            new Noise(8, 60, 6, 18, true), 1_200L);

    static final List<Scenario> SCENARIOS = List.of(WALK_PAST, STOP, BENCH);

    private TrackGenerator() {
    }

    /** The scenario's fixes, one a second, as CSV rows. */
    static List<TrackCsv.Row> generate(Scenario scenario) {
        return generate(scenario, scenario.seed());
    }

    /** The scenario with another seed: for calibrating over many draws of the same noise. */
    static List<TrackCsv.Row> generate(Scenario scenario, long seed) {
        Random random = new Random(seed);
        LocalProjection plane = LocalProjection.centredOn(STATION);
        Noise noise = scenario.noise();
        double rho = StrictMath.exp(-1 / noise.driftSeconds());
        double innovation = noise.driftSigma() * StrictMath.sqrt(1 - rho * rho);
        double driftEast = noise.driftSigma() * random.nextGaussian();
        double driftNorth = noise.driftSigma() * random.nextGaussian();
        int episodeLeft = 0;
        double episodeEast = 0;
        double episodeNorth = 0;
        double episodeInflation = 1;
        List<TrackCsv.Row> rows = new ArrayList<>();
        int second = 0;
        for (double[] truth : truePath(scenario)) {
            driftEast = rho * driftEast + innovation * random.nextGaussian();
            driftNorth = rho * driftNorth + innovation * random.nextGaussian();
            if (noise.multipath() && episodeLeft == 0 && random.nextDouble() < 1 / 240.0) {
                episodeLeft = 5 + random.nextInt(26);
                double direction = 2 * StrictMath.PI * random.nextDouble();
                double size = 30 + 50 * random.nextDouble();
                episodeEast = size * StrictMath.cos(direction);
                episodeNorth = size * StrictMath.sin(direction);
                episodeInflation = random.nextBoolean() ? 2 + 2 * random.nextDouble() : 1;
            }
            double east = truth[0] + driftEast + noise.jitterSigma() * random.nextGaussian();
            double north = truth[1] + driftNorth + noise.jitterSigma() * random.nextGaussian();
            double accuracy = StrictMath.max(3, noise.accuracy() * (1 + 0.15 * random.nextGaussian()));
            if (episodeLeft > 0) {
                east += episodeEast;
                north += episodeNorth;
                accuracy *= episodeInflation;
                episodeLeft--;
            }
            LatLon position = plane.unproject(new PlanePoint(east, north));
            Fix fix = new Fix(round(position.latitude(), 1e7), round(position.longitude(), 1e7), round(accuracy, 10),
                    START.plusSeconds(second++), truth[2], null, false);
            rows.add(new TrackCsv.Row(fix, "synthetic"));
        }
        return rows;
    }

    /** East, north and speed of the team, second by second. */
    private static List<double[]> truePath(Scenario scenario) {
        List<double[]> path = new ArrayList<>();
        double east = scenario.startEast();
        double north = scenario.startNorth();
        for (Leg leg : scenario.legs()) {
            switch (leg) {
                case Walk walk -> {
                    double length = StrictMath.hypot(walk.east() - east, walk.north() - north);
                    int steps = (int) StrictMath.ceil(length / walk.metresPerSecond());
                    for (int i = 0; i < steps; i++) {
                        double f = (double) i / steps;
                        path.add(new double[] {east + f * (walk.east() - east), north + f * (walk.north() - north),
                            round(length / steps, 100)});
                    }
                    east = walk.east();
                    north = walk.north();
                }
                case Stay stay -> {
                    for (int i = 0; i < stay.seconds(); i++) {
                        path.add(new double[] {east, north, 0});
                    }
                }
            }
        }
        return path;
    }

    /** When the team stops at the station in {@link #STOP}: after its first walk. */
    static Instant stopStart() {
        Walk first = (Walk) STOP.legs().getFirst();
        double length = StrictMath.hypot(first.east() - STOP.startEast(), first.north() - STOP.startNorth());
        return START.plusSeconds((long) StrictMath.ceil(length / first.metresPerSecond()));
    }

    private static double round(double value, double scale) {
        return StrictMath.rint(value * scale) / scale;
    }

    /** Writes every scenario's CSV into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        for (Scenario scenario : SCENARIOS) {
            Files.writeString(folder.resolve(scenario.file()), TrackCsv.write(generate(scenario)), StandardCharsets.UTF_8);
        }
    }
}
