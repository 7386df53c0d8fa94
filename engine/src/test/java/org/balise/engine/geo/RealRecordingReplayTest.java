package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A real phone: 4.5 minutes of a Pixel 7 walking on the Stanford campus (NavLab, MIT; see
 * tracks/navlab-pixel7-stanford-walk.LICENSE.txt), with its GPS, fused and network fixes interleaved as the
 * phone produced them. The network fixes stray 20 to 90 m with accuracies of 15 to 45 m.
 */
class RealRecordingReplayTest {

    private static final List<TrackCsv.Row> WALK = TrackCsv.read("/tracks/navlab-pixel7-stanford-walk.csv");
    private static final Instant FIRST_FIX = WALK.getFirst().fix().time();

    private static final LatLon WHERE_THE_WALK_STARTS = new LatLon(37.4265080, -122.1737080);
    private static final LatLon ON_THE_WAY = new LatLon(37.4256416, -122.1744026);

    private static Replay.Outcome<String> replay(Map<String, Zone> stations) {
        return Replay.run(WALK, stations, key -> PresenceRule.DEFAULT);
    }

    @Test
    void theExcerptIsReadWhole() {
        assertThat(WALK).hasSize(117);
        assertThat(WALK).extracting(TrackCsv.Row::provider).containsOnly("gps", "flp", "nlp");
    }

    @Test
    void theTeamArrivesWhereItStoodAtTheStartAndLeavesOnceItWalksAway() {
        Replay.Outcome<String> outcome = replay(Map.of("start", new Zone.Circle(WHERE_THE_WALK_STARTS, 20)));

        assertThat(outcome.arrivals("start")).singleElement()
                .satisfies(at -> assertThat(at).isBetween(FIRST_FIX.plusSeconds(10), FIRST_FIX.plusSeconds(15)));
        assertThat(outcome.departures("start")).isEqualTo(1);
    }

    @Test
    void theTeamArrivesAtAStationItWalksThroughWithoutStopping() {
        Replay.Outcome<String> outcome = replay(Map.of("on-the-way", new Zone.Circle(ON_THE_WAY, 20)));

        assertThat(outcome.arrivals("on-the-way")).singleElement()
                .satisfies(at -> assertThat(at).isBetween(Instant.parse("2023-11-07T23:44:45Z"),
                        Instant.parse("2023-11-07T23:45:20Z")));
    }

    @Test
    void theTeamNeverArrivesAtAStationSixtyMetresOffItsPathDespiteTheStrayNetworkFixes() {
        Around start = new Around(WHERE_THE_WALK_STARTS);
        Map<String, Zone> stations = new LinkedHashMap<>();
        // East of the start, where the network fixes of the first minute stray (20 to 30 m off, 15 to 30 m accuracy).
        stations.put("east", start.circle(60, 20, 20));
        Replay.Outcome<String> outcome = replay(stations);

        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void everyRealFixPassesTheFilter() {
        assertThat(replay(Map.of("start", new Zone.Circle(WHERE_THE_WALK_STARTS, 20))).rejected()).isZero();
    }
}
