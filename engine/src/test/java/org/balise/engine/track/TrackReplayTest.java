package org.balise.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.balise.engine.track.ReplayCircuits.station;
import static org.balise.engine.track.ReplayCircuits.stationWithoutZone;
import static org.balise.engine.track.ReplayCircuits.withStations;
import static org.balise.engine.track.Walk.IN_DIJON;
import static org.balise.engine.track.Walk.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.geo.Fix;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.geo.FixRejection;
import org.balise.engine.geo.LatLon;
import org.junit.jupiter.api.Test;

/**
 * Replays of walks laid out in metres: 200 m east at 1 m/s, a fix every 2 s with 5 m accuracy, through a station
 * of 20 m radius centred 100 m along (entered at 80 m, left at 120 m).
 */
class TrackReplayTest {

    private static final List<Fix> WALK_EAST = IN_DIJON.east(200, 2, 5);
    private static final LatLon HALFWAY = IN_DIJON.at(100, 0);

    private static Circuit halfwayStationWith(String presence) {
        return withStations(station("halfway", HALFWAY.latitude(), HALFWAY.longitude(), 20, presence));
    }

    private static Instant second(long second) {
        return IN_DIJON.start().plusSeconds(second);
    }

    @Test
    void aStationOnTheWalkIsReachedOnceItsDwellIsOver() {
        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), track(WALK_EAST));

        // The default rule weighs the fixes of the last 10 s, and the one before, together: at 86 s (76 to 86 m
        // along) their centre is 19 m from the station's and four of the six are inside, so the team has arrived.
        assertThat(report.station("halfway")).get().isInstanceOfSatisfying(StationReplay.Reached.class, reached -> {
            assertThat(reached.firstArrival()).isEqualTo(second(86));
            assertThat(reached.firstArrivalAfterStart()).isEqualTo(Duration.ofSeconds(86));
            assertThat(reached.visits()).singleElement().extracting(Visit::byCrossing).isEqualTo(false);
        });
    }

    @Test
    void aVisitEndsAfterTheExitDwellBeyondTheMargin() {
        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), track(WALK_EAST));

        // Beyond the 15 m margin (35 m from the centre) from 136 s; a visit ends after 40 s seen there.
        StationReplay.Reached reached = (StationReplay.Reached) report.station("halfway").orElseThrow();
        assertThat(reached.departures()).isEqualTo(1);
        assertThat(reached.visits().getFirst().leftAt()).isEqualTo(second(176));
    }

    @Test
    void aVisitStillUnderwayWhenTheTrackEndsHasNoDeparture() {
        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), track(IN_DIJON.east(110, 2, 5)));

        StationReplay.Reached reached = (StationReplay.Reached) report.station("halfway").orElseThrow();
        assertThat(reached.departures()).isZero();
        assertThat(reached.visits().getFirst().ended()).isFalse();
    }

    @Test
    void eachStationIsJudgedByItsOwnPresenceRule() {
        Circuit patient = halfwayStationWith("\"presence\": {\"dwellSeconds\": 30},");

        StationReplay.Reached reached = (StationReplay.Reached) TrackReplay.replay(patient, track(WALK_EAST))
                .station("halfway").orElseThrow();
        // Over 30 s: at 96 s the fixes from 66 s on have their centre at 81 m, and 9 of the 16 are inside.
        assertThat(reached.firstArrival()).isEqualTo(second(96));
    }

    @Test
    void aStationWalkedThroughTooQuicklyIsNotReachedThoughTheWalkWentInside() {
        // Judged over two minutes, the 40 s spent crossing the zone are never half of the fixes.
        Circuit tooPatient = halfwayStationWith("\"presence\": {\"dwellSeconds\": 120},");

        ReplayReport report = TrackReplay.replay(tooPatient, track(WALK_EAST));

        assertThat(report.station("halfway")).get().isInstanceOfSatisfying(StationReplay.NotReached.class,
                notReached -> assertThat(notReached.closest()).isNotNull().satisfies(closest -> {
                    assertThat(closest.inside()).isTrue();
                    assertThat(closest.distanceMetres()).isZero();
                }));
    }

    @Test
    void aStationOffTheWalkIsNotReachedAndTheReportSaysHowNearTheWalkCame() {
        LatLon north = IN_DIJON.at(100, 60);
        Circuit circuit = withStations(station("north", north.latitude(), north.longitude(), 20));

        ReplayReport report = TrackReplay.replay(circuit, track(WALK_EAST));

        // The nearest fix is the one at 100 m east, 60 m from the centre: 40 m from the edge.
        assertThat(report.station("north")).get().isInstanceOfSatisfying(StationReplay.NotReached.class,
                notReached -> assertThat(notReached.closest()).isNotNull().satisfies(closest -> {
                    assertThat(closest.distanceMetres()).isCloseTo(40, within(1e-6));
                    assertThat(closest.at()).isEqualTo(second(100));
                    assertThat(closest.position()).isEqualTo(HALFWAY);
                }));
    }

    @Test
    void aStationWithoutZoneIsListedAsSuchInTheCircuitsOrder() {
        Circuit circuit = withStations(stationWithoutZone("library"),
                station("halfway", HALFWAY.latitude(), HALFWAY.longitude(), 20));

        ReplayReport report = TrackReplay.replay(circuit, track(WALK_EAST));

        assertThat(report.stations()).extracting(StationReplay::stationId).containsExactly("library", "halfway");
        assertThat(report.stations().getFirst()).isEqualTo(new StationReplay.NoZone("library"));
    }

    @Test
    void theReportGivesTheTracksStartEndDurationAndLength() {
        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), track(WALK_EAST));

        assertThat(report.trackStart()).isEqualTo(second(0));
        assertThat(report.trackEnd()).isEqualTo(second(200));
        assertThat(report.trackDuration()).isEqualTo(Duration.ofSeconds(200));
        assertThat(report.lengthMetres()).isCloseTo(200, within(1e-3));
        assertThat(report.fixesAccepted()).isEqualTo(101);
        assertThat(report.fixesRejected()).isZero();
    }

    @Test
    void rejectedFixesAreCountedByReasonAndLeftOutOfTheLength() {
        List<Fix> fixes = new ArrayList<>(IN_DIJON.east(20, 2, 5));
        fixes.add(IN_DIJON.fix(20, 0, 5, 20));
        fixes.add(IN_DIJON.fix(500, 500, 200, 22));

        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), track(fixes));

        assertThat(report.rejections()).isEqualTo(Map.of(
                FixRejection.ACCURACY_ABOVE_CAP, 1, FixRejection.DUPLICATE, 1));
        assertThat(report.fixesRejected()).isEqualTo(2);
        assertThat(report.fixesAccepted()).isEqualTo(11);
        assertThat(report.lengthMetres()).isCloseTo(20, within(1e-3));
    }

    @Test
    void jumpsAreCountedAsFlaggedFixesAndNeitherStartNorEndAVisit() {
        List<Fix> fixes = new ArrayList<>(IN_DIJON.east(200, 2, 5));
        // At 100 s, in the middle of the visit, one fix 300 m north: a jump there and a jump back.
        fixes.set(50, IN_DIJON.fix(100, 300, 5, 100));

        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), track(fixes));

        assertThat(report.flags()).isEqualTo(Map.of(FixFlag.IMPLAUSIBLE_SPEED, 2));
        assertThat(((StationReplay.Reached) report.station("halfway").orElseThrow()).visits()).hasSize(1);
    }

    @Test
    void anUntimedTrackStillShowsTheOrderInWhichStationsAreReached() throws TrackFileException {
        StringBuilder route = new StringBuilder("<gpx version=\"1.1\"><rte>");
        for (int metres = 0; metres <= 200; metres++) {
            LatLon point = IN_DIJON.at(metres, 0);
            route.append("<rtept lat=\"").append(point.latitude()).append("\" lon=\"").append(point.longitude())
                    .append("\"/>");
        }
        Track untimed = TrackResources.readText("route.gpx", route.append("</rte></gpx>").toString());
        LatLon early = IN_DIJON.at(40, 0);
        Circuit circuit = withStations(station("late", HALFWAY.latitude(), HALFWAY.longitude(), 20),
                station("early", early.latitude(), early.longitude(), 20));

        ReplayReport report = TrackReplay.replay(circuit, untimed);

        StationReplay.Reached first = (StationReplay.Reached) report.station("early").orElseThrow();
        StationReplay.Reached second = (StationReplay.Reached) report.station("late").orElseThrow();
        assertThat(first.firstArrival()).isBefore(second.firstArrival());
    }

    @Test
    void aWalkOnAnotherContinentComesNearNoStation() throws TrackFileException {
        Track stanford = TrackResources.read("navlab-pixel7-stanford-walk-second-half.gpx");

        ReplayReport report = TrackReplay.replay(halfwayStationWith(""), stanford);

        assertThat(report.stations()).containsExactly(new StationReplay.NotReached("halfway", null));
        assertThat(report.fixesAccepted()).isEqualTo(stanford.fixes().size());
    }
}
