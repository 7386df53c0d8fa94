package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.RandomPlay;
import org.balise.engine.play.RandomPlay.Action;
import org.balise.engine.play.TeamScenario;
import org.balise.engine.play.view.PlayerViews;

class TeamDeciderPropertiesTest {

    private static final Instant START = TeamScenario.T0.plusSeconds(120);

    private static TeamScenario game(GameRules rules) {
        return TeamScenario.started(DemoCircuit.with(new Progression.Free(), true), Mode.ON_SITE, rules, 0, "fr");
    }

    @Provide
    Arbitrary<Action> action() {
        return RandomPlay.actions();
    }

    /** A delivery order: every command at least once, some twice or three times, in any order. */
    @Provide
    Arbitrary<List<Integer>> deliveries() {
        return Arbitraries.integers().between(1, 24).flatMap(n -> Arbitraries.integers().between(0, n - 1)
                .list().ofMaxSize(2 * n)
                .flatMap(extra -> {
                    List<Integer> all = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        all.add(i);
                    }
                    all.addAll(extra);
                    return Arbitraries.shuffle(all);
                }));
    }

    @Property(tries = 300)
    void anyInterleavingOfDuplicatedCommandsFromFourPhonesYieldsTheStateOfTheDeduplicatedSequence(
            @ForAll @Size(max = 24) List<@From("action") Action> actions,
            @ForAll("deliveries") List<Integer> deliveries) {
        List<TeamCommand> commands = RandomPlay.commands(actions, START);
        List<Integer> order = deliveries.stream().filter(i -> i < commands.size()).toList();

        TeamScenario withDuplicates = game(GameRules.DEFAULT);
        TeamScenario deduplicated = game(GameRules.DEFAULT);
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < order.size(); k++) {
            TeamCommand command = commands.get(order.get(k));
            Instant at = START.plusSeconds(7L * k);
            withDuplicates.after(Duration.between(withDuplicates.now(), at)).when(command);
            if (seen.add(order.get(k))) {
                deduplicated.after(Duration.between(deduplicated.now(), at)).when(command);
            }
        }

        assertThat(withDuplicates.state()).isEqualTo(deduplicated.state());
        assertThat(withDuplicates.history()).isEqualTo(deduplicated.history());
    }

    @Property(tries = 300)
    void scoresNeverGoNegativeWhenTheRulesDoNotAllowIt(@ForAll @Size(max = 30) List<@From("action") Action> actions) {
        TeamScenario game = game(GameRules.DEFAULT);
        for (TeamCommand command : RandomPlay.commands(actions, START)) {
            game.after(Duration.ofSeconds(20)).when(command);
            assertThat(game.state().score()).isNotNegative();
            assertThat(game.state().score()).isEqualTo(game.state().ledger().stream().mapToInt(ScoreLine::applied).sum());
        }
    }

    @Property(tries = 200)
    void whenTheRulesAllowItEveryCostIsChargedInFull(@ForAll @Size(max = 30) List<@From("action") Action> actions) {
        TeamScenario game = game(GameRules.DEFAULT.withNegativeScoreAllowed(true));
        for (TeamCommand command : RandomPlay.commands(actions, START)) {
            game.after(Duration.ofSeconds(20)).when(command);
        }

        assertThat(game.state().ledger()).allSatisfy(line -> assertThat(line.applied()).isEqualTo(line.requested()));
    }

    @Property(tries = 200)
    void theEventsOfAnyGameReplayToItsState(@ForAll @Size(max = 30) List<@From("action") Action> actions) {
        TeamScenario game = game(GameRules.DEFAULT);
        for (TeamCommand command : RandomPlay.commands(actions, START)) {
            game.after(Duration.ofSeconds(20)).when(command);
        }

        assertThat(TeamDecider.replay(game.state().member(), game.history())).isEqualTo(game.state());
    }

    @Property(tries = 200)
    void everyNewCommandYieldsAtLeastOneEventSoItsIdIsRemembered(
            @ForAll @Size(max = 30) List<@From("action") Action> actions) {
        TeamScenario game = game(GameRules.DEFAULT);
        for (TeamCommand command : RandomPlay.commands(actions, START)) {
            assertThat(game.after(Duration.ofSeconds(20)).when(command).events()).isNotEmpty();
            assertThat(game.state().hasApplied(command.commandId())).isTrue();
        }
    }

    @Property(tries = 200)
    void anEventThatSaysItChangesNoViewLeavesTheViewAsItWas(
            @ForAll @Size(max = 30) List<@From("action") Action> actions) {
        TeamScenario game = game(GameRules.DEFAULT);
        for (TeamCommand command : RandomPlay.commands(actions, START)) {
            TeamState before = game.after(Duration.ofSeconds(20)).state();
            TeamState state = before;
            for (TeamEvent event : game.when(command).events()) {
                TeamState next = TeamDecider.evolve(state, event);
                if (!event.changesView()) {
                    assertThat(PlayerViews.of(game.context(), next, game.now()))
                            .as("the view after %s", event.type())
                            .isEqualTo(PlayerViews.of(game.context(), state, game.now()));
                }
                state = next;
            }
        }
    }
}
