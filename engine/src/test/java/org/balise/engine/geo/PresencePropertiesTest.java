package org.balise.engine.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.balise.engine.geo.FixVerdict.Accepted;
import org.balise.engine.geo.PresenceDecision.Arrived;
import org.balise.engine.geo.PresenceDecision.Left;
import org.balise.engine.geo.PresenceRule.AccuracyPolicy;
import org.jspecify.annotations.Nullable;

class PresencePropertiesTest {

    private static final Instant T0 = Instant.parse("2026-05-12T09:00:00Z");
    private static final LocalProjection PLANE = LocalProjection.centredOn(Around.DIJON.origin());

    /** One sighting of a generated track: seconds since the previous one (0 repeats an instant). */
    record Move(int seconds, double east, double north, double accuracy, boolean jump, boolean mocked) {
    }

    @Provide
    Arbitrary<PresenceRule> rules() {
        return Combinators.combine(
                        Arbitraries.of(AccuracyPolicy.class),
                        Arbitraries.doubles().between(10, 120),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.doubles().between(0, 40),
                        Arbitraries.of(true, false))
                .as(PresenceRule::new);
    }

    @Provide
    Arbitrary<List<Move>> tracks() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 45),
                        Arbitraries.doubles().between(-150, 150),
                        Arbitraries.doubles().between(-150, 150),
                        Arbitraries.doubles().between(1, 150),
                        Arbitraries.integers().between(0, 9).map(i -> i == 0),
                        Arbitraries.integers().between(0, 19).map(i -> i == 0))
                .as(Move::new)
                .list().ofMinSize(1).ofMaxSize(300);
    }

    @Provide
    Arbitrary<PlanarZone> zones() {
        Arbitrary<PlanarZone> circles = Arbitraries.doubles().between(3, 80)
                .map(r -> PlanarZone.of(Around.DIJON.circle(0, 0, r), PLANE));
        Arbitrary<PlanarZone> squares = Arbitraries.doubles().between(3, 80)
                .map(h -> PlanarZone.of(new Zone.Polygon(List.of(Around.DIJON.square(0, 0, h))), PLANE));
        return Arbitraries.oneOf(circles, squares);
    }

    @Property(tries = 1_000)
    void arrivalsAndDeparturesAlternateStartingWithAnArrival(
            @ForAll("rules") PresenceRule rule, @ForAll("zones") PlanarZone zone, @ForAll("tracks") List<Move> track) {
        PresenceState state = PresenceState.NONE;
        @Nullable Sighting previous = null;
        Instant time = T0;
        List<PresenceDecision> events = new ArrayList<>();
        for (Move move : track) {
            time = time.plusSeconds(move.seconds());
            Set<FixFlag> flags = EnumSet.noneOf(FixFlag.class);
            if (move.jump()) {
                flags.add(FixFlag.IMPLAUSIBLE_SPEED);
            }
            if (move.mocked()) {
                flags.add(FixFlag.MOCK_LOCATION);
            }
            Sighting sighting = new Sighting(new PlanePoint(move.east(), move.north()), move.accuracy(), time, flags);

            PresenceStep step = PresenceDecider.decide(rule, zone, state, sighting, previous);

            if (step.decision() instanceof Arrived) {
                assertThat(state.presence()).as("arrived while already inside").isNotEqualTo(Presence.INSIDE);
                events.add(step.decision());
            }
            if (step.decision() instanceof Left) {
                assertThat(state.presence()).as("left without being inside").isEqualTo(Presence.INSIDE);
                events.add(step.decision());
            }
            assertThat(step.state().presence() == Presence.INSIDE)
                    .isEqualTo(events.size() % 2 == 1);
            state = step.state();
            previous = sighting;
        }
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i)).isInstanceOf(i % 2 == 0 ? Arrived.class : Left.class);
        }
    }

    @Property(tries = 500)
    void aTeamInsideTheZoneStaysInsideWhateverTheOrderOfItsFixes(
            @ForAll @IntRange(min = 1, max = 40) int count, @ForAll long seed) {
        Around here = Around.DIJON;
        CircuitZones<String> circuit = CircuitZones.of(Map.of("owl", here.circle(0, 0, 40)));
        ZoneIndex<String> index = ZoneIndex.of(List.of(circuit));
        Random random = new Random(seed);
        List<Fix> fixes = new ArrayList<>();
        List<Integer> seconds = new ArrayList<>();
        for (int s = 0; s <= 120; s++) {
            seconds.add(s);
        }
        Collections.shuffle(seconds, random);
        for (int i = 0; i < count; i++) {
            double angle = 2 * Math.PI * random.nextDouble();
            double r = 5 * random.nextDouble();
            fixes.add(Fix.of(here.at(r * Math.cos(angle), r * Math.sin(angle)), 3 + 17 * random.nextDouble(),
                    T0.plusSeconds(seconds.get(i))));
        }
        FixFilter filter = new FixFilter(FixFilter.Settings.WALKING);
        TeamPresence<String> team = TeamPresence.start(circuit, key -> PresenceRule.DEFAULT);
        @Nullable Accepted last = null;
        List<Accepted> accepted = new ArrayList<>();
        List<PresenceDecision> events = new ArrayList<>();

        for (Fix fix : fixes) {
            assertThat(index.resolve(new LatLon(fix.latitude(), fix.longitude()), 0))
                    .singleElement().satisfies(hit -> assertThat(hit.covers()).isTrue());
            if (filter.judge(fix, last, T0.plusSeconds(600)) instanceof Accepted a) {
                TeamPresence.Step<String> step = team.observe(a);
                team = step.next();
                step.changes().forEach(change -> events.add(change.decision()));
                accepted.add(a);
                last = a;
            }
        }

        assertThat(events).noneMatch(Left.class::isInstance);
        assertThat(events.size()).isLessThanOrEqualTo(1);
        assertThat(team.presenceAt("owl") == Presence.INSIDE).isEqualTo(events.size() == 1);
        boolean enoughEvidence = accepted.size() >= PresenceRule.DEFAULT.consecutiveFixes()
                && !accepted.getFirst().fix().time()
                        .isAfter(accepted.getLast().fix().time().minusSeconds(PresenceRule.DEFAULT.dwellSeconds()));
        assertThat(events.size() == 1).isEqualTo(enoughEvidence);
    }
}
