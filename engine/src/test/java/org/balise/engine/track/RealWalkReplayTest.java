package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.balise.engine.track.ReplayCircuits.station;
import static org.balise.engine.track.ReplayCircuits.withStations;

import java.time.Duration;
import java.time.Instant;
import org.balise.engine.circuit.model.Circuit;
import org.junit.jupiter.api.Test;

/**
 * A real phone: the second half of a Pixel 7's walk on the Stanford campus, its 49 GPS fixes converted to GPX
 * (NavLab, MIT; see tracks/navlab-pixel7-stanford-walk-second-half.gpx.LICENSE.txt), replayed against a circuit
 * with a station at the corner where the walk turns east and one at the church, well off the walk.
 *
 * <p>Distances and the length expected here were computed from the file's coordinates with GeographicLib's
 * geodesics on the WGS84 ellipsoid, independently of Balise's tangent plane.
 */
class RealWalkReplayTest {

    private static final String FILE = "navlab-pixel7-stanford-walk-second-half.gpx";
    private static final Circuit CAMPUS = withStations(
            station("corner", 37.42538, -122.17355, 20),
            station("church", 37.42740, -122.17030, 20));

    private static Track walk() throws TrackFileException {
        return TrackResources.read(FILE);
    }

    private static ReplayReport replay() throws TrackFileException {
        return TrackReplay.replay(CAMPUS, walk());
    }

    @Test
    void theRecordingIsReadWholeWithItsReportedAccuracies() throws TrackFileException {
        Track walk = walk();

        assertThat(walk.name()).isEqualTo("Stanford campus walk, second half");
        assertThat(walk.fixes()).hasSize(49);
        assertThat(walk.timed()).isTrue();
        assertThat(walk.accuracy()).isEqualTo(new AccuracySources(49, 0, 0));
        assertThat(walk.start()).isEqualTo(Instant.parse("2023-11-07T23:47:32Z"));
        assertThat(walk.end()).isEqualTo(Instant.parse("2023-11-07T23:52:20Z"));
    }

    @Test
    void theStationOnThePathIsReachedAtTheSecondFixInsideItsZone() throws TrackFileException {
        // Fixes come every 6 s, the first inside the zone at 23:48:56. At 23:49:02 the default rule's window
        // (the last 10 s and the fix before) holds that fix, the next one, inside too, and one at 23:48:50 just
        // outside: most are inside, and so is their centre.
        StationReplay.Reached corner = (StationReplay.Reached) replay().station("corner").orElseThrow();

        assertThat(corner.firstArrival()).isEqualTo(Instant.parse("2023-11-07T23:49:02Z"));
        assertThat(corner.firstArrivalAfterStart()).isEqualTo(Duration.ofSeconds(90));
        assertThat(corner.closest().inside()).isTrue();
    }

    @Test
    void theWalkLeavesTheCornerOnceFortySecondsBeyondItsMargin() throws TrackFileException {
        // The first fix more than 35 m from the centre (radius and 15 m margin) is at 23:49:44.
        StationReplay.Reached corner = (StationReplay.Reached) replay().station("corner").orElseThrow();

        assertThat(corner.visits()).singleElement().satisfies(visit -> assertThat(visit.leftAt())
                .isBetween(Instant.parse("2023-11-07T23:50:24Z"), Instant.parse("2023-11-07T23:50:30Z")));
    }

    @Test
    void theStationOffThePathIsNotReachedAndTheReportSaysHowNearTheWalkCame() throws TrackFileException {
        StationReplay.NotReached church = (StationReplay.NotReached) replay().station("church").orElseThrow();

        assertThat(church.closest()).isNotNull().satisfies(closest -> {
            assertThat(closest.distanceMetres()).isCloseTo(242.4735, within(0.01));
            assertThat(closest.at()).isEqualTo(Instant.parse("2023-11-07T23:51:02Z"));
        });
    }

    @Test
    void everyRealFixIsAcceptedAndThePathIsMeasured() throws TrackFileException {
        ReplayReport report = replay();

        assertThat(report.fixesAccepted()).isEqualTo(49);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.flags()).isEmpty();
        assertThat(report.trackDuration()).isEqualTo(Duration.ofMinutes(4).plusSeconds(48));
        assertThat(report.lengthMetres()).isCloseTo(335.011, within(0.01));
    }
}
