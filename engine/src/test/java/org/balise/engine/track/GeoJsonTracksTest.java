package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balise.engine.track.TrackResources.read;
import static org.balise.engine.track.TrackResources.readText;

import java.time.Instant;
import org.balise.engine.geo.Fix;
import org.junit.jupiter.api.Test;

class GeoJsonTracksTest {

    @Test
    void aLineWithTogeojsonCoordTimesIsReadWithItsTimes() throws TrackFileException {
        Track track = read("geojson-togeojson-line-with-coord-times.geojson");

        assertThat(track.format()).isEqualTo(TrackFormat.GEOJSON);
        assertThat(track.timed()).isTrue();
        assertThat(track.fixes()).extracting(Fix::time).containsExactly(Instant.parse("2026-05-12T08:00:00Z"),
                Instant.parse("2026-05-12T08:00:05Z"), Instant.parse("2026-05-12T08:00:10Z"));
        assertThat(track.fixes().getFirst().latitude()).isEqualTo(47.3216012);
        assertThat(track.fixes().getFirst().longitude()).isEqualTo(5.0414988);
    }

    @Test
    void aLineIsPreferredToLoosePointsAndNamesTheTrack() throws TrackFileException {
        Track track = read("geojson-togeojson-line-with-coord-times.geojson");

        assertThat(track.name()).isEqualTo("Repérage");
        assertThat(track.fixes()).hasSize(3);
    }

    @Test
    void aLineSaysNothingOfAccuracySoItIsAssumed() throws TrackFileException {
        Track track = read("geojson-togeojson-line-with-coord-times.geojson");

        assertThat(track.fixes()).extracting(Fix::accuracyMetres).containsOnly(TrackFiles.ASSUMED_ACCURACY_METRES);
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(0, 0, 3));
    }

    @Test
    void aMultiLineStringTakesItsTimesFromCoordinatePropertiesOneListPerLine() throws TrackFileException {
        Track track = read("geojson-multiline-coordinate-properties.geojson");

        assertThat(track.name()).isEqualTo("Two segments");
        assertThat(track.fixes()).extracting(Fix::time).containsExactly(Instant.parse("2026-05-12T08:00:00Z"),
                Instant.parse("2026-05-12T08:00:05Z"), Instant.parse("2026-05-12T08:03:00Z"));
    }

    @Test
    void aMultiLineStringMayListItsTimesFlat() throws TrackFileException {
        Track track = readText("walk.geojson", """
                {"type": "MultiLineString",
                 "coordinates": [[[5.0, 47.0], [5.1, 47.1]], [[5.2, 47.2]]],
                 "properties": {"coordTimes": ["2026-05-12T08:00:00Z", "2026-05-12T08:00:05Z", "2026-05-12T08:00:10Z"]}}""");

        assertThat(track.fixes()).extracting(Fix::time).last().isEqualTo(Instant.parse("2026-05-12T08:00:10Z"));
    }

    @Test
    void pointFeaturesGiveTheirTimeAccuracySpeedAndCourse() throws TrackFileException {
        Track track = read("geojson-points-overland.geojson");

        Fix first = track.fixes().getFirst();
        assertThat(first.time()).isEqualTo(Instant.parse("2026-05-12T08:00:00Z"));
        assertThat(first.accuracyMetres()).isEqualTo(8.0);
        assertThat(first.speedMetresPerSecond()).isEqualTo(1.3);
        assertThat(first.headingDegrees()).isEqualTo(91.5);
        assertThat(track.accuracy()).isEqualTo(new AccuracySources(3, 0, 0));
    }

    @Test
    void aNumberTimeCountsMillisecondsSince1970() throws TrackFileException {
        Track track = read("geojson-points-overland.geojson");

        assertThat(track.fixes().getLast().time()).isEqualTo(Instant.parse("2026-05-12T08:00:10Z"));
        assertThat(track.fixes().getLast().accuracyMetres()).isEqualTo(6.0);
    }

    @Test
    void aSmallNumberTimeCountsSecondsSince1970() throws TrackFileException {
        Track track = readText("walk.geojson", """
                {"type": "Feature", "properties": {"time": 1778572810},
                 "geometry": {"type": "Point", "coordinates": [5.0415, 47.3216]}}""");

        assertThat(track.start()).isEqualTo(Instant.parse("2026-05-12T08:00:10Z"));
    }

    @Test
    void aBareLineWithoutTimesIsAnUntimedTrack() throws TrackFileException {
        Track track = readText("drawn.geojson", """
                {"type": "LineString", "coordinates": [[5.0415, 47.3216], [5.0405, 47.3218]]}""");

        assertThat(track.timed()).isFalse();
        assertThat(track.name()).isNull();
        // About 78 m apart: walked at 1.4 m/s, 56 s later.
        assertThat(track.fixes().get(0).time()).isEqualTo(Track.UNTIMED_START);
        assertThat(track.fixes().get(1).time()).isBetween(Track.UNTIMED_START.plusSeconds(53),
                Track.UNTIMED_START.plusSeconds(59));
    }

    @Test
    void aFeatureWithoutGeometryAndOtherGeometriesAreIgnored() throws TrackFileException {
        Track track = readText("walk.geojson", """
                {"type": "FeatureCollection", "name": "Collection name", "features": [
                  {"type": "Feature", "properties": {}, "geometry": null},
                  {"type": "Feature", "properties": {},
                   "geometry": {"type": "Polygon", "coordinates": [[[5, 47], [5.1, 47], [5.1, 47.1], [5, 47]]]}},
                  {"type": "Feature", "properties": {"time": "2026-05-12T08:00:00Z"},
                   "geometry": {"type": "Point", "coordinates": [5.0415, 47.3216]}}
                ]}""");

        assertThat(track.fixes()).singleElement().extracting(Fix::latitude).isEqualTo(47.3216);
        assertThat(track.name()).isEqualTo("Collection name");
    }

    @Test
    void theContentDecidesTheFormatNotTheFilesName() throws TrackFileException {
        Track track = readText("walk.gpx", """
                {"type": "LineString", "coordinates": [[5.0415, 47.3216]]}""");

        assertThat(track.format()).isEqualTo(TrackFormat.GEOJSON);
    }
}
