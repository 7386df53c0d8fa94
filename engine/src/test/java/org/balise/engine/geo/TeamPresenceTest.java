package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.balise.engine.geo.FixVerdict.Accepted;
import org.balise.engine.geo.PresenceDecision.Arrived;
import org.balise.engine.geo.PresenceDecision.Left;
import org.balise.engine.geo.PresenceRule.AccuracyPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TeamPresenceTest {

    private static final Around HERE = Around.DIJON;
    private static final Instant T0 = Instant.parse("2026-05-12T09:00:00Z");

    private static CircuitZones<String> circuit() {
        Map<String, Zone> zones = new LinkedHashMap<>();
        zones.put("owl", HERE.circle(0, 0, 25));
        zones.put("market", HERE.circle(300, 0, 25));
        zones.put("fountain", HERE.circle(150, 400, 8));
        return CircuitZones.of(zones);
    }

    /** Feeds fixes through the filter and the team's presence, collecting the changes. */
    private static final class Team {
        private final FixFilter filter;
        private TeamPresence<String> presence;
        private @Nullable Accepted last;
        private final List<PresenceChange<String>> changes = new ArrayList<>();

        Team(FixFilter filter, Function<String, PresenceRule> rules) {
            this.filter = filter;
            this.presence = TeamPresence.start(circuit(), rules);
        }

        void fix(Fix fix) {
            if (filter.judge(fix, last, fix.time()) instanceof Accepted accepted) {
                TeamPresence.Step<String> step = presence.observe(accepted);
                presence = step.next();
                changes.addAll(step.changes());
                last = accepted;
            }
        }

        /** Walks in a straight line at 1.25 m/s, one fix a second, with the given accuracy. */
        int walk(int t, double fromEast, double fromNorth, double toEast, double toNorth, double accuracy) {
            double length = Math.hypot(toEast - fromEast, toNorth - fromNorth);
            int steps = (int) Math.ceil(length / 1.25);
            for (int i = 0; i <= steps; i++) {
                double f = steps == 0 ? 1 : (double) i / steps;
                fix(Fix.of(HERE.at(fromEast + f * (toEast - fromEast), fromNorth + f * (toNorth - fromNorth)),
                        accuracy, T0.plusSeconds(t + i)));
            }
            return t + steps + 1;
        }

        int wait(int t, double east, double north, int seconds, double accuracy) {
            for (int i = 0; i < seconds; i++) {
                fix(Fix.of(HERE.at(east, north), accuracy, T0.plusSeconds(t + i)));
            }
            return t + seconds;
        }
    }

    @Test
    void aTeamWalkingFromStationToStationArrivesAndLeavesEachInTurn() {
        Team team = new Team(new FixFilter(FixFilter.Settings.WALKING), key -> PresenceRule.DEFAULT);

        int t = team.wait(0, 0, 0, 30, 8);
        t = team.walk(t, 0, 0, 300, 0, 8);
        team.wait(t, 300, 0, 30, 8);

        assertThat(team.changes).extracting(PresenceChange::key).containsExactly("owl", "owl", "market");
        assertThat(team.changes).extracting(PresenceChange::decision)
                .hasExactlyElementsOfTypes(Arrived.class, Left.class, Arrived.class);
        assertThat(team.presence.presenceAt("market")).isEqualTo(Presence.INSIDE);
        assertThat(team.presence.presenceAt("owl")).isEqualTo(Presence.OUTSIDE);
    }

    @Test
    void aSparseFastTrackOverASmallFountainArrivesThereWhenItsRuleAllowsCrossing() {
        PresenceRule crossing = new PresenceRule(AccuracyPolicy.DISTANCE_WITHIN_RADIUS, 50, 10, 2, 15, true);
        Team cyclist = new Team(new FixFilter(FixFilter.Settings.WALKING),
                key -> key.equals("fountain") ? crossing : PresenceRule.DEFAULT);

        // Two fixes 20 s apart, 100 m on either side of the 8 m fountain: 10 m/s, flagged by a walking filter,
        // so this cyclist's session uses a filter for bikes.
        Team onBike = new Team(new FixFilter(new FixFilter.Settings(150, 12, Duration.ofSeconds(30))),
                key -> key.equals("fountain") ? crossing : PresenceRule.DEFAULT);
        for (Team team : List.of(cyclist, onBike)) {
            team.fix(Fix.of(HERE.at(50, 400), 6, T0));
            team.fix(Fix.of(HERE.at(250, 400), 6, T0.plusSeconds(20)));
        }

        assertThat(cyclist.changes).isEmpty();
        assertThat(onBike.changes).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo("fountain");
            assertThat(change.decision()).isInstanceOfSatisfying(Arrived.class, a -> assertThat(a.byCrossing()).isTrue());
        });
    }

    @Test
    void inVirtualModeOneTapOnTheMapFindsTheStation() {
        Team player = new Team(new FixFilter(FixFilter.Settings.forVirtualTaps()),
                key -> PresenceRule.DEFAULT.forVirtualTaps());

        player.fix(Fix.tap(HERE.at(120, 0), 15, T0));
        player.fix(Fix.tap(HERE.at(310, 30), 15, T0.plusSeconds(4)));

        assertThat(player.changes).singleElement().satisfies(change -> {
            assertThat(change.key()).isEqualTo("market");
            assertThat(change.decision()).isInstanceOf(Arrived.class);
        });
    }

    @Test
    void aFixOnAnotherContinentChangesNothing() {
        Team team = new Team(new FixFilter(FixFilter.Settings.forVirtualTaps()), key -> PresenceRule.DEFAULT);
        team.wait(0, 0, 0, 5, 8);
        TeamPresence<String> before = team.presence;

        team.fix(Fix.of(new LatLon(-33.86, 151.21), 8, T0.plusSeconds(60)));

        assertThat(team.presence).isSameAs(before);
    }
}
