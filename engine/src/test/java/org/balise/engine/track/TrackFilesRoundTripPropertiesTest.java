package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.balise.engine.geo.Fix;
import org.jspecify.annotations.Nullable;

/** Any walk written as GPX or GeoJSON reads back as the fixes it was written from, to the last bit. */
class TrackFilesRoundTripPropertiesTest {

    private static final Instant START = Instant.parse("2026-05-12T08:00:00Z");

    @Property(tries = 300)
    void aGpxTrackReadsBackEveryFixItWasWrittenFrom(@ForAll("walks") List<Fix> walk) throws TrackFileException {
        StringBuilder gpx = new StringBuilder("<gpx version=\"1.1\"><trk><trkseg>\n");
        for (Fix fix : walk) {
            gpx.append("<trkpt lat=\"").append(fix.latitude()).append("\" lon=\"").append(fix.longitude()).append("\">")
                    .append("<time>").append(fix.time()).append("</time>")
                    .append(element("speed", fix.speedMetresPerSecond()))
                    .append(element("course", fix.headingDegrees()))
                    .append("<extensions><accuracy>").append(fix.accuracyMetres()).append("</accuracy></extensions>")
                    .append("</trkpt>\n");
        }
        Track track = TrackFiles.read("walk.gpx", bytes(gpx.append("</trkseg></trk></gpx>")));

        assertThat(track.fixes()).isEqualTo(walk);
    }

    @Property(tries = 300)
    void geoJsonPointsReadBackEveryFixTheyWereWrittenFrom(@ForAll("walks") List<Fix> walk) throws TrackFileException {
        List<String> features = new ArrayList<>();
        for (Fix fix : walk) {
            features.add("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": ["
                    + fix.longitude() + ", " + fix.latitude() + "]}, \"properties\": {\"time\": \"" + fix.time()
                    + "\", \"accuracy\": " + fix.accuracyMetres() + ", \"speed\": " + fix.speedMetresPerSecond()
                    + ", \"course\": " + fix.headingDegrees() + "}}");
        }
        String geoJson = "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";

        assertThat(TrackFiles.read("walk.geojson", bytes(geoJson)).fixes()).isEqualTo(walk);
    }

    @Property(tries = 300)
    void aGeoJsonLineReadsBackItsPositionsAndTimes(@ForAll("walks") List<Fix> walk) throws TrackFileException {
        List<String> positions = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (Fix fix : walk) {
            positions.add("[" + fix.longitude() + ", " + fix.latitude() + "]");
            times.add("\"" + fix.time() + "\"");
        }
        String geoJson = "{\"type\": \"Feature\", \"properties\": {\"coordTimes\": [" + String.join(", ", times)
                + "]}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [" + String.join(", ", positions) + "]}}";

        Track track = TrackFiles.read("walk.geojson", bytes(geoJson));

        assertThat(track.fixes()).extracting(Fix::latitude).isEqualTo(walk.stream().map(Fix::latitude).toList());
        assertThat(track.fixes()).extracting(Fix::longitude).isEqualTo(walk.stream().map(Fix::longitude).toList());
        assertThat(track.fixes()).extracting(Fix::time).isEqualTo(walk.stream().map(Fix::time).toList());
    }

    /** Walks anywhere on Earth, in time order (ties allowed), with or without speed and course. */
    @Provide
    Arbitrary<List<Fix>> walks() {
        Arbitrary<Long> gapsInMillis = Arbitraries.longs().between(0, 600_000);
        Arbitrary<double[]> steps = Combinators.combine(
                Arbitraries.doubles().between(-90, 90),
                Arbitraries.doubles().between(-180, 180),
                Arbitraries.doubles().between(0.1, 500),
                gapsInMillis.map(Long::doubleValue),
                Arbitraries.doubles().between(0, 60).injectNull(0.3).map(speed -> speed == null ? Double.NaN : speed),
                Arbitraries.doubles().between(0, 360).injectNull(0.3).map(course -> course == null ? Double.NaN : course))
                .as((lat, lon, accuracy, gap, speed, course) -> new double[] {lat, lon, accuracy, gap, speed, course});
        return steps.list().ofMinSize(1).ofMaxSize(40).map(TrackFilesRoundTripPropertiesTest::walk);
    }

    private static List<Fix> walk(List<double[]> steps) {
        List<Fix> fixes = new ArrayList<>();
        Instant time = START;
        for (double[] step : steps) {
            time = time.plusMillis((long) step[3]);
            // Adding 0.0 turns -0.0 into 0.0: a file cannot tell them apart.
            fixes.add(new Fix(step[0] + 0.0, step[1] + 0.0, step[2], time, orNull(step[4]), orNull(step[5]), false));
        }
        return fixes;
    }

    private static @Nullable Double orNull(double value) {
        return Double.isNaN(value) ? null : value + 0.0;
    }

    private static String element(String name, @Nullable Double value) {
        return value == null ? "" : "<" + name + ">" + value + "</" + name + ">";
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
