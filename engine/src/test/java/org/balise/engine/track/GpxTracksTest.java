package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.track.TrackResources.read;
import static org.balise.engine.track.TrackResources.readText;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.balise.engine.geo.Fix;
import org.junit.jupiter.api.Test;

class GpxTracksTest {

    @Test
    void aGpx10TrackGivesAccuracyFromHdopAndTheSpeedAndCourseTheDeviceReported() throws TrackFileException {
        Track track = read("gpx10-gpslogger-hdop-speed-course.gpx");

        assertThat(track.format()).isEqualTo(TrackFormat.GPX);
        assertThat(track.timed()).isTrue();
        assertThat(track.fixes()).hasSize(3);
        Fix first = track.fixes().getFirst();
        assertThat(first.latitude()).isEqualTo(47.3216012);
        assertThat(first.longitude()).isEqualTo(5.0414988);
        assertThat(first.time()).isEqualTo(Instant.parse("2026-05-12T08:00:00Z"));
        assertThat(first.accuracyMetres()).isEqualTo(0.8 * TrackFiles.METRES_PER_HDOP);
        assertThat(first.speedMetresPerSecond()).isEqualTo(1.3);
        assertThat(first.headingDegrees()).isEqualTo(91.5);
    }

    @Test
    void aGpxPointWithoutHdopOrAccuracyGetsTheAssumedAccuracyAndTheTrackSaysSo() throws TrackFileException {
        Track track = read("gpx10-gpslogger-hdop-speed-course.gpx");

        assertThat(track.fixes().getLast().accuracyMetres()).isEqualTo(TrackFiles.ASSUMED_ACCURACY_METRES);
        assertThat(track.fixes().getLast().speedMetresPerSecond()).isNull();
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(0, 2, 1));
        assertThat(track.accuracyAssumed()).isTrue();
    }

    @Test
    void aTrackWithoutANameInTheFileHasNone() throws TrackFileException {
        assertThat(read("gpx10-gpslogger-hdop-speed-course.gpx").name()).isNull();
    }

    @Test
    void aGpx11TrackReadsEverySegmentAndTheAccuracyInMetresFromItsExtension() throws TrackFileException {
        Track track = read("gpx11-opentracks-two-segments.gpx");

        assertThat(track.fixes()).extracting(Fix::accuracyMetres).containsExactly(4.2, 5.5, 3.9);
        assertThat(track.fixes()).extracting(Fix::speedMetresPerSecond).containsExactly(1.31, 1.42, null);
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(3, 0, 0));
        assertThat(track.accuracyAssumed()).isFalse();
    }

    @Test
    void timesWithAnOffsetAreTheSameInstantsInUtc() throws TrackFileException {
        Track track = read("gpx11-opentracks-two-segments.gpx");

        assertThat(track.start()).isEqualTo(Instant.parse("2026-05-12T08:00:00Z"));
        assertThat(track.end()).isEqualTo(Instant.parse("2026-05-12T08:03:00Z"));
    }

    @Test
    void theTracksOwnNameIsPreferredToTheFilesName() throws TrackFileException {
        assertThat(read("gpx11-opentracks-two-segments.gpx").name()).isEqualTo("Repérage du parcours");
    }

    @Test
    void theFilesNameServesWhenTheTrackHasNone() throws TrackFileException {
        assertThat(read("gpx11-osmand-hdop-in-metres.gpx").name()).isEqualTo("2026-05-12_10-00_Tue");
    }

    @Test
    void osmAndWritesItsAccuracyInMetresAsHdopSoItIsTakenAsMetres() throws TrackFileException {
        Track track = read("gpx11-osmand-hdop-in-metres.gpx");

        assertThat(track.fixes()).extracting(Fix::accuracyMetres).containsExactly(12.0, 7.5);
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(2, 0, 0));
        assertThat(track.fixes().getFirst().speedMetresPerSecond()).isEqualTo(1.3);
    }

    @Test
    void anAccuracyInMetresInAnExtensionIsPreferredToHdop() throws TrackFileException {
        Track track = readText("walk.gpx", gpx11("""
                <trkpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00Z</time><hdop>3</hdop>
                  <extensions><android:accuracy>6.5</android:accuracy></extensions></trkpt>"""));

        assertThat(track.fixes().getFirst().accuracyMetres()).isEqualTo(6.5);
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(1, 0, 0));
    }

    @Test
    void aPlannedRouteWithoutTimesIsTimedAsIfWalked() throws TrackFileException {
        Track track = read("gpx11-planned-route-without-times.gpx");

        assertThat(track.timed()).isFalse();
        assertThat(track.name()).isEqualTo("Itinéraire prévu");
        assertThat(track.fixes().getFirst().time()).isEqualTo(Track.UNTIMED_START);
        // Some 78 m then 70 m apart, walked at 1.4 m/s.
        assertThat(java.time.Duration.between(track.fixes().get(0).time(), track.fixes().get(1).time()).toSeconds())
                .isBetween(50L, 60L);
        assertThat(java.time.Duration.between(track.fixes().get(1).time(), track.fixes().get(2).time()).toSeconds())
                .isBetween(45L, 55L);
        assertThat(track.fixes()).extracting(Fix::longitude).containsExactly(5.0415, 5.0405, 5.0396);
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(0, 0, 3));
    }

    @Test
    void waypointsAreReadWhenTheFileHasNoTrackOrRoute() throws TrackFileException {
        Track track = readText("marks.gpx", gpx11("""
                <wpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00Z</time><name>Start</name></wpt>
                <wpt lat="47.3220" lon="5.0396"><time>2026-05-12T08:04:00Z</time><name>Fountain</name></wpt>"""));

        assertThat(track.fixes()).extracting(Fix::latitude).containsExactly(47.3216, 47.3220);
    }

    @Test
    void trackPointsWinOverWaypointsInTheSameFile() throws TrackFileException {
        Track track = readText("walk.gpx", gpx11("""
                <wpt lat="1" lon="1"><time>2026-05-12T08:00:00Z</time></wpt>
                <trk><trkseg><trkpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00Z</time></trkpt></trkseg></trk>"""));

        assertThat(track.fixes()).singleElement().extracting(Fix::latitude).isEqualTo(47.3216);
    }

    @Test
    void pointsOutOfTimeOrderAreSortedByTime() throws TrackFileException {
        Track track = readText("walk.gpx", gpx11(trk("""
                <trkpt lat="47.3" lon="5.3"><time>2026-05-12T08:00:30Z</time></trkpt>
                <trkpt lat="47.1" lon="5.1"><time>2026-05-12T08:00:10Z</time></trkpt>
                <trkpt lat="47.2" lon="5.2"><time>2026-05-12T08:00:20Z</time></trkpt>""")));

        assertThat(track.fixes()).extracting(Fix::latitude).containsExactly(47.1, 47.2, 47.3);
    }

    @Test
    void aTimeWithoutOffsetIsTakenAsUtc() throws TrackFileException {
        Track track = readText("walk.gpx", gpx11(trk("""
                <trkpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00.250</time></trkpt>""")));

        assertThat(track.start()).isEqualTo(Instant.parse("2026-05-12T08:00:00.250Z"));
    }

    @Test
    void elementsAreKnownByTheirLocalNameWhateverTheirPrefixEvenAnUndeclaredOne() throws TrackFileException {
        Track track = readText("walk.gpx", """
                <g:gpx xmlns:g="http://www.topografix.com/GPX/1/1" version="1.1">
                  <g:trk><g:name>Prefixed</g:name><g:trkseg>
                    <g:trkpt g:lat="47.3216" g:lon="5.0415"><g:time>2026-05-12T08:00:00Z</g:time>
                      <g:extensions><undeclared:accuracy>4</undeclared:accuracy></g:extensions></g:trkpt>
                  </g:trkseg></g:trk>
                </g:gpx>""");

        assertThat(track.name()).isEqualTo("Prefixed");
        assertThat(track.fixes().getFirst().accuracyMetres()).isEqualTo(4.0);
    }

    @Test
    void theContentDecidesTheFormatNotTheFilesName() throws TrackFileException {
        byte[] withByteOrderMarkAndBlankLines = ("\uFEFF\n\n  " + gpx11(trk("""
                <trkpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00Z</time></trkpt>""")))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(TrackFiles.read("walk.json", withByteOrderMarkAndBlankLines).format()).isEqualTo(TrackFormat.GPX);
    }

    @Test
    void aGpxFileInUtf16IsRead() throws TrackFileException {
        byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + gpx11(trk("""
                <trkpt lat="47.3216" lon="5.0415"><time>2026-05-12T08:00:00Z</time></trkpt>""")))
                .getBytes(StandardCharsets.UTF_16);

        assertThat(TrackFiles.read("walk.gpx", utf16).fixes()).hasSize(1);
    }

    static String gpx11(String content) {
        return """
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
                %s
                </gpx>""".formatted(content);
    }

    static String trk(String points) {
        return "<trk><trkseg>\n" + points + "\n</trkseg></trk>";
    }
}
