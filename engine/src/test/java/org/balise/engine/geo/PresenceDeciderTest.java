package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balise.engine.geo.PresenceDecision.Arrived;
import org.balise.engine.geo.PresenceDecision.Ignored;
import org.balise.engine.geo.PresenceDecision.Left;
import org.balise.engine.geo.PresenceDecision.Observed;
import org.balise.engine.geo.PresenceRule.AccuracyPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PresenceDeciderTest {

    private static final Instant T0 = Instant.parse("2026-05-12T09:00:00Z");
    private static final PlanarZone STATION = PlanarZone.of(Around.DIJON.circle(0, 0, 25),
            LocalProjection.centredOn(Around.DIJON.origin()));
    private static final PresenceRule RULE = PresenceRule.DEFAULT;

    private static Sighting at(double seconds, double east, double north, double accuracy, FixFlag... flags) {
        return new Sighting(new PlanePoint(east, north), accuracy,
                T0.plusMillis(Math.round(seconds * 1000)), Set.of(flags));
    }

    /** Folds sightings through the decider, as a team's phone would send them. */
    private static final class Visit {
        private final PresenceRule rule;
        private final PlanarZone zone;
        private PresenceState state = PresenceState.NONE;
        private @Nullable Sighting previous;
        private final List<PresenceDecision> events = new ArrayList<>();

        Visit(PresenceRule rule, PlanarZone zone) {
            this.rule = rule;
            this.zone = zone;
        }

        PresenceDecision see(Sighting sighting) {
            PresenceStep step = PresenceDecider.decide(rule, zone, state, sighting, previous);
            state = step.state();
            previous = sighting;
            if (step.decision() instanceof Arrived || step.decision() instanceof Left) {
                events.add(step.decision());
            }
            return step.decision();
        }

        /** One sighting a second from {@code from} to {@code to} seconds, all at one place. */
        void stay(double from, double to, double east, double north, double accuracy) {
            for (double t = from; t <= to; t++) {
                see(at(t, east, north, accuracy));
            }
        }
    }

    @Test
    void aFixOutsideTheZoneDoesNotUnlockTheStation() {
        Visit visit = new Visit(RULE, STATION);

        visit.stay(0, 120, 40, 0, 10);

        assertThat(visit.events).isEmpty();
        assertThat(visit.state.presence()).isEqualTo(Presence.OUTSIDE);
    }

    @Test
    void aFirstFixInsideOnlyMakesTheTeamApproach() {
        Visit visit = new Visit(RULE, STATION);

        assertThat(visit.see(at(0, 0, 0, 10))).isEqualTo(new Observed(Presence.APPROACHING));
    }

    @Test
    void aTeamSeenInsideForTheDwellTimeArrivesOnceWhenTheDwellHasPassed() {
        Visit visit = new Visit(RULE, STATION);

        visit.stay(0, 60, 5, 5, 10);

        assertThat(visit.events).singleElement().isInstanceOfSatisfying(Arrived.class, arrived -> {
            assertThat(arrived.at()).isEqualTo(T0.plusSeconds(RULE.dwellSeconds()));
            assertThat(arrived.byCrossing()).isFalse();
        });
        assertThat(visit.state.presence()).isEqualTo(Presence.INSIDE);
    }

    @Test
    void withoutADwellTheRuleStillWaitsForItsConsecutiveFixes() {
        PresenceRule threeFixes = new PresenceRule(AccuracyPolicy.DISTANCE_WITHIN_RADIUS, 50, 0, 3, 15, false);
        Visit visit = new Visit(threeFixes, STATION);

        visit.stay(0, 1, 0, 0, 10);
        assertThat(visit.events).isEmpty();

        visit.see(at(2, 0, 0, 10));
        assertThat(visit.events).singleElement().isInstanceOfSatisfying(Arrived.class,
                arrived -> assertThat(arrived.at()).isEqualTo(T0.plusSeconds(2)));
    }

    @Test
    void twoSparseFixesInsideThatSpanTheDwellMakeAnArrival() {
        Visit visit = new Visit(RULE, STATION);

        visit.see(at(0, 0, 0, 10));
        visit.see(at(30, 3, 0, 10));

        assertThat(visit.events).singleElement().isInstanceOf(Arrived.class);
    }

    @Test
    void aTeamWhoseFixesFallOnEitherSideOfTheBoundaryArrivesOnTheirCentre() {
        Visit visit = new Visit(RULE, STATION);

        // A team 10 m inside whose fixes alternate 25 m to either side: half land outside the 25 m zone.
        for (int t = 0; t <= 20; t++) {
            visit.see(at(t, t % 2 == 0 ? 35 : -15, 0, 25));
        }

        assertThat(visit.events).singleElement().isInstanceOfSatisfying(Arrived.class,
                arrived -> assertThat(arrived.at()).isEqualTo(T0.plusSeconds(11)));
    }

    @Test
    void aMinorityOfFixesInsideDoesNotMakeAnArrivalEvenWhenTheirCentreIsInside() {
        Visit visit = new Visit(RULE, STATION);

        // Per 11 s, 4 fixes 20 m inside and 7 just outside: the centre is 12 m from the station's, inside.
        for (int t = 0; t <= 60; t++) {
            visit.see(at(t, t % 11 < 4 ? -20 : 30, 0, 10));
        }

        assertThat(visit.events).isEmpty();
    }

    @Test
    void aFixLessPreciseThanTheRuleAcceptsIsIgnoredAndChangesNothing() {
        Visit visit = new Visit(RULE, STATION);
        visit.see(at(0, 0, 0, 10));
        PresenceState before = visit.state;

        PresenceDecision decision = visit.see(at(1, 0, 0, 60));

        assertThat(decision).isEqualTo(new Ignored(PresenceDecision.Reason.ACCURACY_ABOVE_RULE_CAP));
        assertThat(visit.state).isEqualTo(before);
    }

    @Test
    void aFlaggedJumpIsIgnored() {
        Visit visit = new Visit(RULE, STATION);

        PresenceDecision decision = visit.see(at(0, 0, 0, 10, FixFlag.IMPLAUSIBLE_SPEED));

        assertThat(decision).isEqualTo(new Ignored(PresenceDecision.Reason.IMPLAUSIBLE_SPEED));
        assertThat(visit.state).isEqualTo(PresenceState.NONE);
    }

    @Test
    void aFlaggedJumpBackInsideInterruptsADeparture() {
        Visit visit = new Visit(RULE, STATION);
        visit.stay(0, 20, 0, 0, 10);

        visit.stay(21, 50, 90, 0, 10);
        visit.see(at(51, 0, 0, 10, FixFlag.IMPLAUSIBLE_SPEED));
        visit.stay(52, 80, 90, 0, 10);

        assertThat(visit.events).singleElement().isInstanceOf(Arrived.class);
    }

    @Test
    void aSightingNotLaterThanTheLastIsIgnored() {
        Visit visit = new Visit(RULE, STATION);
        visit.see(at(5, 0, 0, 10));

        assertThat(visit.see(at(5, 0, 0, 10))).isEqualTo(new Ignored(PresenceDecision.Reason.NOT_AFTER_LAST));
        assertThat(visit.see(at(4, 0, 0, 10))).isEqualTo(new Ignored(PresenceDecision.Reason.NOT_AFTER_LAST));
    }

    @Test
    void theStrictPolicyNeedsTheWholeAccuracyCircleInside() {
        PresenceRule strict = new PresenceRule(AccuracyPolicy.ACCURACY_CIRCLE_INSIDE, 50, 10, 2, 15, false);

        Visit vague = new Visit(strict, STATION);
        vague.stay(0, 60, 0, 0, 30);
        Visit precise = new Visit(strict, STATION);
        precise.stay(0, 60, 0, 0, 10);

        assertThat(vague.events).isEmpty();
        assertThat(precise.events).singleElement().isInstanceOf(Arrived.class);
    }

    @Test
    void fixesJumpingBeyondTheMarginForLessThanTheExitDwellDoNotEndTheVisit() {
        Visit visit = new Visit(RULE, STATION);
        visit.stay(0, 20, 0, 0, 10);

        visit.stay(21, 50, 70, 0, 10);
        visit.stay(51, 60, 0, 0, 10);
        visit.stay(61, 90, 0, 70, 10);
        visit.stay(91, 100, 0, 0, 10);

        assertThat(visit.events).singleElement().isInstanceOf(Arrived.class);
        assertThat(visit.state.presence()).isEqualTo(Presence.INSIDE);
    }

    @Test
    void fixesInTheMarginRingNeverEndTheVisit() {
        Visit visit = new Visit(RULE, STATION);
        visit.stay(0, 20, 0, 0, 10);

        visit.stay(21, 600, 35, 0, 10);

        assertThat(visit.events).singleElement().isInstanceOf(Arrived.class);
    }

    @Test
    void aTeamSeenBeyondTheMarginForTheExitDwellLeavesOnce() {
        Visit visit = new Visit(RULE, STATION);
        visit.stay(0, 20, 0, 0, 10);

        visit.stay(21, 200, 80, 0, 10);

        assertThat(visit.events).hasSize(2).last().isInstanceOfSatisfying(Left.class, left -> {
            assertThat(left.at()).isEqualTo(T0.plusSeconds(21 + RULE.exitDwellSeconds()));
            assertThat(left.arrivedAt()).isEqualTo(T0.plusSeconds(10));
        });
        assertThat(visit.state.presence()).isEqualTo(Presence.OUTSIDE);
    }

    @Test
    void aTeamThatLeftAndCameBackArrivesAgain() {
        Visit visit = new Visit(RULE, STATION);

        visit.stay(0, 20, 0, 0, 10);
        visit.stay(21, 120, 200, 0, 10);
        visit.stay(121, 160, 0, 0, 10);

        assertThat(visit.events).hasSize(3);
        assertThat(visit.events.get(0)).isInstanceOf(Arrived.class);
        assertThat(visit.events.get(1)).isInstanceOf(Left.class);
        assertThat(visit.events.get(2)).isInstanceOf(Arrived.class);
    }

    @Test
    void aTrackJumpingOverASmallZoneArrivesWhenTheRuleAllowsCrossing() {
        PlanarZone small = PlanarZone.of(Around.DIJON.circle(0, 0, 10), LocalProjection.centredOn(Around.DIJON.origin()));
        PresenceRule crossing = new PresenceRule(AccuracyPolicy.DISTANCE_WITHIN_RADIUS, 50, 0, 1, 15, true);
        PresenceRule noCrossing = new PresenceRule(AccuracyPolicy.DISTANCE_WITHIN_RADIUS, 50, 0, 1, 15, false);

        Visit cyclist = new Visit(crossing, small);
        cyclist.see(at(0, -100, 3, 8));
        cyclist.see(at(20, 100, 3, 8));
        Visit pedantic = new Visit(noCrossing, small);
        pedantic.see(at(0, -100, 3, 8));
        pedantic.see(at(20, 100, 3, 8));

        assertThat(cyclist.events).singleElement().isInstanceOfSatisfying(Arrived.class,
                arrived -> assertThat(arrived.byCrossing()).isTrue());
        assertThat(pedantic.events).isEmpty();
    }

    @Test
    void aStraightLineAcrossALongGapIsNotTakenForACrossing() {
        PresenceRule crossing = new PresenceRule(AccuracyPolicy.DISTANCE_WITHIN_RADIUS, 50, 0, 1, 15, true);
        Visit visit = new Visit(crossing, STATION);

        visit.see(at(0, -300, 0, 8));
        visit.see(at(PresenceRule.MAX_CROSSING_GAP_SECONDS + 1, 300, 0, 8));

        assertThat(visit.events).isEmpty();
    }

    @Test
    void aVirtualTapWhoseAccuracyCircleTouchesTheZoneArrivesAtOnce() {
        Visit visit = new Visit(RULE.forVirtualTaps(), STATION);

        visit.see(at(0, 60, 0, 10));
        assertThat(visit.events).isEmpty();

        visit.see(at(5, 32, 0, 10));
        assertThat(visit.events).singleElement().isInstanceOf(Arrived.class);

        visit.see(at(9, 500, 0, 10));
        assertThat(visit.events).hasSize(2).last().isInstanceOf(Left.class);
    }

    @Test
    void anArrivalOnMockedFixesCarriesTheFlag() {
        Visit visit = new Visit(RULE, STATION);

        for (int t = 0; t <= 10; t++) {
            visit.see(at(t, 0, 0, 10, FixFlag.MOCK_LOCATION));
        }

        assertThat(visit.events).singleElement().isInstanceOfSatisfying(Arrived.class,
                arrived -> assertThat(arrived.flags()).containsExactly(FixFlag.MOCK_LOCATION));
    }

    @Test
    void aSightingFarFromTheZoneForgetsStaleEvidence() {
        Visit visit = new Visit(RULE, STATION);
        visit.stay(0, 3, 0, 0, 10);

        visit.see(at(4, 500, 0, 10));

        assertThat(visit.state).isEqualTo(PresenceState.NONE);
    }
}
