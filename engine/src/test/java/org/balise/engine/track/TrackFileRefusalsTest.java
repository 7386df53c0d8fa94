package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balise.engine.track.GpxTracksTest.gpx11;
import static org.balise.engine.track.GpxTracksTest.trk;
import static org.balise.engine.track.TrackResources.readText;

import java.util.Collections;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every refusal, with the sentence the author reads. */
class TrackFileRefusalsTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String fileName, String content) {
        return assertThatThrownBy(() -> readText(fileName, content)).isInstanceOf(TrackFileException.class);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String fileName, byte[] content) {
        return assertThatThrownBy(() -> TrackFiles.read(fileName, content)).isInstanceOf(TrackFileException.class);
    }

    @Nested
    class AnyFile {

        @Test
        void anEmptyFileIsRefused() {
            refused("walk.gpx", new byte[0]).hasMessage("The file is empty.");
        }

        @Test
        void aFileOfBlanksIsEmpty() {
            refused("walk.gpx", "\uFEFF \n\t\r\n").hasMessage("The file is empty.");
        }

        @Test
        void aFileLargerThanTheLimitIsRefusedBeforeBeingRead() {
            refused("walk.gpx", new byte[TrackFiles.MAX_BYTES + 1])
                    .hasMessage("The file is larger than 64 MB, the most Balise reads. Cut the walk into shorter tracks.");
        }

        @Test
        void aCompressedFileIsRefusedWithWhatToDo() {
            refused("walk.gpx.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0}).hasMessage(
                    "The file is compressed (ZIP or gzip): extract the GPX or GeoJSON file from it and upload that.");
        }

        @Test
        void aFileThatIsNeitherXmlNorJsonIsRefused() {
            refused("walk", "time,lat,lon\n").hasMessage(
                    "This file is neither GPX nor GeoJSON. Export the walk as GPX from the app that recorded it.");
        }

        @Test
        void theFilesNameHelpsExplainWhatItProbablyIs() {
            refused("Morning walk.fit", new byte[] {14, 16, 0x6C, 0x08}).hasMessage(
                    "This file is neither GPX nor GeoJSON: by its name, Morning walk.fit is a FIT file."
                            + " Export the walk as GPX from the app that recorded it.");
        }
    }

    @Nested
    class Gpx {

        @Test
        void xmlOtherThanGpxIsRefused() {
            refused("walk.kml", "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>").hasMessage(
                    "This file is neither GPX nor GeoJSON: it is XML, but it begins with <kml> where a GPX file"
                            + " begins with <gpx>. Export the walk as GPX from the app that recorded it.");
        }

        @Test
        void malformedXmlIsRefusedWithItsLine() {
            refused("walk.gpx", "<gpx>\n<trk>\n<trkseg>\n</trk>\n</gpx>")
                    .hasMessageStartingWith("Line 4: the file is not well-formed XML: ");
        }

        @Test
        void aFileWithoutAnyPointIsRefused() {
            refused("walk.gpx", gpx11("<metadata><name>Nothing</name></metadata>"))
                    .hasMessage("The GPX file has no track point, route point or waypoint.");
        }

        @Test
        void aTrackPointWithoutLatitudeIsRefusedWithItsLine() {
            refused("walk.gpx", gpx11(trk("<trkpt lon=\"5.0415\"><time>2026-05-12T08:00:00Z</time></trkpt>")))
                    .hasMessage("Line 3: a track point has no latitude.");
        }

        @Test
        void aRoutePointWithoutLongitudeIsRefusedWithItsLine() {
            refused("walk.gpx", gpx11("<rte>\n<rtept lat=\"47.3216\"/>\n</rte>"))
                    .hasMessage("Line 3: a route point has no longitude.");
        }

        @Test
        void aLatitudeThatIsNotANumberIsRefused() {
            refused("walk.gpx", gpx11("<wpt lat=\"47,3216\" lon=\"5.0415\"/>"))
                    .hasMessage("Line 2: the latitude \"47,3216\" of a waypoint is not a number.");
        }

        @Test
        void aLatitudeOutOfRangeIsRefused() {
            refused("walk.gpx", gpx11(trk("<trkpt lat=\"95.5\" lon=\"5.0415\"/>")))
                    .hasMessage("Line 3: the latitude 95.5 is out of range: a latitude lies between -90 and 90.");
        }

        @Test
        void aLongitudeOutOfRangeIsRefused() {
            refused("walk.gpx", gpx11(trk("<trkpt lat=\"47.3216\" lon=\"-185\"/>")))
                    .hasMessage("Line 3: the longitude -185.0 is out of range: a longitude lies between -180 and 180.");
        }

        @Test
        void anUnreadableTimeIsRefusedWithAnExample() {
            refused("walk.gpx", gpx11(trk("<trkpt lat=\"47.3216\" lon=\"5.0415\">\n<time>yesterday</time></trkpt>")))
                    .hasMessage("Line 4: the time \"yesterday\" is not a date and time such as 2024-05-17T14:03:21Z.");
        }

        @Test
        void anUnreadableHdopIsRefused() {
            refused("walk.gpx", gpx11(trk("<trkpt lat=\"47.3216\" lon=\"5.0415\"><hdop>good</hdop></trkpt>")))
                    .hasMessage("Line 3: the hdop \"good\" is not a number.");
        }

        @Test
        void pointsOfWhichOnlySomeHaveATimeAreRefused() {
            refused("walk.gpx", gpx11(trk("""
                    <trkpt lat="47.1" lon="5.1"><time>2026-05-12T08:00:00Z</time></trkpt>
                    <trkpt lat="47.2" lon="5.2"/>
                    <trkpt lat="47.3" lon="5.3"><time>2026-05-12T08:00:10Z</time></trkpt>""")))
                    .hasMessage("1 of the 3 points has no time, the first at line 4: give every point a time, or none.");
        }

        @Test
        void moreThanTheMostPointsAreRefused() {
            String points = "<trkpt lat=\"47.3216\" lon=\"5.0415\"/>\n".repeat(TrackFiles.MAX_POINTS + 1);

            refused("walk.gpx", gpx11(trk(points))).hasMessage("The file holds more than 200,000 points, the most"
                    + " Balise replays. Cut the walk into shorter tracks, or record one point every few seconds.");
        }
    }

    @Nested
    class GeoJson {

        @Test
        void invalidJsonIsRefusedWithItsLineAndColumn() {
            refused("walk.geojson", "{\"type\": \"Feature\",\n \"geometry\": }")
                    .hasMessage("Line 2, column 14: the file is not valid JSON.");
        }

        @Test
        void jsonWithoutTypeIsRefused() {
            refused("walk.json", "{\"points\": []}").hasMessage("This file is neither GPX nor GeoJSON: it is JSON, but"
                    + " GeoJSON is an object with a \"type\". Export the walk as GPX from the app that recorded it.");
        }

        @Test
        void jsonOfAnotherTypeIsRefused() {
            refused("walk.topojson", "{\"type\": \"Topology\", \"objects\": {}}").hasMessage(
                    "This file is neither GPX nor GeoJSON: it is JSON of type \"Topology\", where GeoJSON has a"
                            + " FeatureCollection, a Feature or a geometry. Export the walk as GPX from the app that"
                            + " recorded it.");
        }

        @Test
        void aFeatureCollectionWithoutFeaturesIsRefused() {
            refused("walk.geojson", "{\"type\": \"FeatureCollection\"}")
                    .hasMessage("The GeoJSON FeatureCollection has no \"features\" list.");
        }

        @Test
        void aMemberOfFeaturesThatIsNoFeatureIsRefused() {
            refused("walk.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Point\"}]}")
                    .hasMessage("Feature 1: this is not a GeoJSON Feature: its \"type\" must be \"Feature\".");
        }

        @Test
        void aGeoJsonWithoutLineOrPointIsRefused() {
            refused("zones.geojson", """
                    {"type": "Feature", "properties": {},
                     "geometry": {"type": "Polygon", "coordinates": [[[5, 47], [5.1, 47], [5.1, 47.1], [5, 47]]]}}""")
                    .hasMessage("The GeoJSON has no line or point.");
        }

        @Test
        void coordinatesThatAreNoListAreRefused() {
            refused("walk.geojson", "{\"type\": \"LineString\", \"coordinates\": \"5.04 47.32\"}")
                    .hasMessage("The geometry: the \"coordinates\" must be a list of positions.");
        }

        @Test
        void aPositionWithoutLatitudeIsRefused() {
            refused("walk.geojson", line("[[5.0415, 47.3216], [5.0416]]")).hasMessage(
                    "Feature 1, position 2: the position has no latitude: a position is [longitude, latitude].");
        }

        @Test
        void aCoordinateThatIsNotANumberIsRefused() {
            refused("walk.geojson", line("[[\"5.0415\", 47.3216]]"))
                    .hasMessage("Feature 1, position 1: the longitude is not a number.");
        }

        @Test
        void aLatitudeOutOfRangeSuggestsTheTwoAreSwapped() {
            refused("walk.geojson", line("[[31.2304, 121.4737]]")).hasMessage(
                    "Feature 1, position 1: the latitude 121.4737 is out of range: a latitude lies between -90 and 90."
                            + " GeoJSON writes [longitude, latitude]: are the two swapped?");
        }

        @Test
        void aLongitudeOutOfRangeIsRefused() {
            refused("walk.geojson", line("[[200.5, 47.3216]]")).hasMessage(
                    "Feature 1, position 1: the longitude 200.5 is out of range: a longitude lies between -180 and 180.");
        }

        @Test
        void asManyTimesAsPositionsAreNeeded() {
            refused("walk.geojson", """
                    {"type": "FeatureCollection", "features": [{"type": "Feature",
                      "properties": {"coordTimes": ["2026-05-12T08:00:00Z"]},
                      "geometry": {"type": "LineString", "coordinates": [[5.0415, 47.3216], [5.0416, 47.3217]]}}]}""")
                    .hasMessage("Feature 1: \"coordTimes\" holds 1 time for 2 positions: each position needs its time.");
        }

        @Test
        void anUnreadableTimeIsRefused() {
            refused("walk.geojson", """
                    {"type": "Feature", "properties": {"time": "12/05/2026 10:00"},
                     "geometry": {"type": "Point", "coordinates": [5.0415, 47.3216]}}""")
                    .hasMessage("The feature: the time \"12/05/2026 10:00\" is not a date and time such as"
                            + " 2024-05-17T14:03:21Z.");
        }

        @Test
        void anAccuracyThatIsNotANumberIsRefused() {
            refused("walk.geojson", """
                    {"type": "Feature", "properties": {"accuracy": "good"},
                     "geometry": {"type": "Point", "coordinates": [5.0415, 47.3216]}}""")
                    .hasMessage("The feature: the property \"accuracy\" must be a number.");
        }

        @Test
        void moreThanTheMostPointsAreRefused() {
            String positions = String.join(",", Collections.nCopies(TrackFiles.MAX_POINTS + 1, "[5.04,47.32]"));

            refused("walk.geojson", "{\"type\": \"LineString\", \"coordinates\": [" + positions + "]}")
                    .hasMessageStartingWith("The file holds more than 200,000 points");
        }

        private static String line(String coordinates) {
            return """
                    {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                      "geometry": {"type": "LineString", "coordinates": %s}}]}""".formatted(coordinates);
        }
    }
}
