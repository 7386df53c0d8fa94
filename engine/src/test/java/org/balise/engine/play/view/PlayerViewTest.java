package org.balise.engine.play.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.balise.engine.play.TeamScenario.typed;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.riddle.Option;
import org.balise.engine.circuit.riddle.OrderingRiddle;
import org.balise.engine.play.DemoCircuit;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.TeamScenario;
import org.balise.engine.play.team.OpenStation;
import org.balise.engine.play.team.OptionKeys;
import org.balise.engine.play.team.SubmitAnswer;
import org.balise.engine.play.team.TakeHint;
import org.junit.jupiter.api.Test;

class PlayerViewTest {

    private static StationView station(PlayerView view, String id) {
        return view.stations().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void lockedStationsAreHiddenAndAnUnreachedOneShowsOnlyWhereToGo() {
        PlayerView view = TeamScenario.onSite(DemoCircuit.linear()).view();

        assertThat(view.stations()).extracting(StationView::id).containsExactly("fontaine");
        StationView fontaine = view.stations().getFirst();
        assertThat(fontaine.status()).isEqualTo(StationStatus.TO_REACH);
        assertThat(fontaine.zone().kind()).isEqualTo("circle");
        assertThat(fontaine.proofs()).containsExactly("qr-code", "teacher-unlock");
        assertThat(fontaine.description()).isNull();
        assertThat(fontaine.riddle()).isNull();
        assertThat(view.stationsOnRoute()).isEqualTo(6);
    }

    @Test
    void aReachedStationShowsItsTextRiddleAndHintsWithTheirDelays() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.linear()).unlocked("fontaine").after(Duration.ofSeconds(30));

        StationView fontaine = station(game.view(), "fontaine");

        assertThat(fontaine.status()).isEqualTo(StationStatus.REACHED);
        assertThat(fontaine.description()).isEqualTo("Sur place : Fontaine du Bareuzai");
        assertThat(fontaine.media()).extracting(MediaView::path).containsExactly("media/fontaine.jpg");
        assertThat(fontaine.riddle().question()).isEqualTo("Comment s'appelle le vigneron ?");
        assertThat(fontaine.hints()).extracting(HintView::id, HintView::status)
                .containsExactly(tuple("h-nom", HintStatus.AVAILABLE),
                        tuple("h-lettre", HintStatus.LOCKED));
        HintView later = fontaine.hints().get(1);
        assertThat(later.text()).isNull();
        assertThat(later.opensIn()).isEqualTo(Duration.ofSeconds(90));
        assertThat(later.opensAt()).isEqualTo(game.now().plusSeconds(90));
        assertThat(fontaine.timeLeft()).isEqualTo(Duration.ofMinutes(10).minusSeconds(30));
        assertThat(fontaine.attempts().left()).isEqualTo(5);
    }

    @Test
    void aTakenHintShowsItsTextAndATeamReadsItsLanguageWithFallback() {
        TeamScenario game = TeamScenario.started(DemoCircuit.linear(), Mode.ON_SITE, GameRules.DEFAULT, 0, "en")
                .unlocked("fontaine").after(Duration.ofMinutes(3));
        game.given(new TakeHint(game.id(), "fontaine", "h-lettre"));

        PlayerView view = game.view();

        assertThat(view.circuitTitle()).isEqualTo("Demo");
        assertThat(station(view, "fontaine").title()).isEqualTo("Bareuzai fountain");
        assertThat(station(view, "fontaine").hints().get(1).text()).as("written in French only")
                .isEqualTo("Il commence par B.");
    }

    @Test
    void aPausedGameShowsNoInstantForALockedHint() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.linear()).unlocked("fontaine").pause();

        PlayerView view = game.view();

        assertThat(view.status()).isEqualTo(GameStatus.PAUSED);
        assertThat(station(view, "fontaine").hints().get(1).opensAt()).isNull();
        assertThat(station(view, "fontaine").hints().get(1).opensIn()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void optionsAreShownByKeysThatDifferFromTeamToTeam() {
        TeamScenario first = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true)).unlocked("eglise");
        TeamScenario second = TeamScenario.started(DemoCircuit.with(new Progression.Free(), true), Mode.ON_SITE,
                GameRules.DEFAULT, 1, "fr");

        RiddleView riddle = station(first.view(), "eglise").riddle();

        assertThat(riddle.options()).extracting(OptionView::text).containsExactly("Gothique", "Roman", "Baroque");
        assertThat(riddle.options()).extracting(OptionView::key).doesNotContain("gothique", "roman", "baroque")
                .contains(OptionKeys.key(TeamScenario.TEAM, "eglise", "roman"));
        assertThat(OptionKeys.key("team-0", "eglise", "roman")).isNotEqualTo(OptionKeys.key(TeamScenario.TEAM, "eglise", "roman"));
        assertThat(second.view().stations()).hasSize(6);
    }

    @Test
    void orderingItemsAreShuffledTheSameWayEveryTimeAndNeverInTheRightOrder() {
        TeamScenario game = TeamScenario.virtual(DemoCircuit.with(new Progression.Free(), true));
        game.given(new OpenStation(game.id(), "parc"));

        List<String> shown = station(game.view(), "parc").riddle().options().stream().map(OptionView::text).toList();

        assertThat(shown).containsExactlyInAnyOrder("Printemps", "Été", "Automne", "Hiver")
                .isNotEqualTo(List.of("Printemps", "Été", "Automne", "Hiver"));
        assertThat(station(game.view(), "parc").riddle().options().stream().map(OptionView::text).toList()).isEqualTo(shown);
        for (int team = 0; team < 50; team++) {
            OrderingRiddle ordering = (OrderingRiddle) DemoCircuit.with(new Progression.Free(), true).station("parc")
                    .orElseThrow().virtualRiddle();
            assertThat(OptionKeys.shuffled("team-" + team, "parc", ordering.items(), ordering.answer().order()))
                    .extracting(Option::id).isNotEqualTo(ordering.answer().order());
        }
    }

    @Test
    void aStationToFindOnTheMapHidesItsZoneInVirtualMode() {
        TeamScenario game = TeamScenario.virtual(DemoCircuit.with(new Progression.Free(), true));

        PlayerView view = game.view();

        assertThat(station(view, "fontaine").findOnMap()).isTrue();
        assertThat(station(view, "fontaine").zone()).isNull();
        assertThat(station(view, "fontaine").proofs()).containsExactly("teacher-unlock");
        assertThat(station(view, "jardin").zone()).isNotNull();
        assertThat(station(view, "musee").zone()).as("indoors").isNull();
    }

    @Test
    void aCoolDownShowsWhenTheTeamMayAnswerAgain() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true)).unlocked("jardin");
        for (int i = 0; i < 5; i++) {
            game.given(new SubmitAnswer(game.id(), "jardin", typed("1")));
        }

        AttemptsView attempts = station(game.view(), "jardin").attempts();

        assertThat(attempts.wrong()).isEqualTo(5);
        assertThat(attempts.left()).isZero();
        assertThat(attempts.coolDownUntil()).isEqualTo(game.now().plusSeconds(60));
    }

    @Test
    void theFinalRiddleShowsHowManyCluesItNeedsThenItsRiddle() {
        TeamScenario game = TeamScenario.onSite(DemoCircuit.with(new Progression.Free(), true));
        assertThat(game.view().finalRiddle().status()).isEqualTo(FinalStatus.LOCKED);
        assertThat(game.view().finalRiddle().riddle()).isNull();

        game.solved("fontaine", typed("Bareuzai")).solved("jardin", typed("42"));
        FinalRiddleView finalRiddle = game.view().finalRiddle();

        assertThat(finalRiddle.status()).isEqualTo(FinalStatus.OPEN);
        assertThat(finalRiddle.cluesHeld()).isEqualTo(2);
        assertThat(finalRiddle.riddle().kind()).isEqualTo("code");
        assertThat(finalRiddle.riddle().codeLength()).isEqualTo(4);
        assertThat(game.view().clues()).extracting(ClueView::text).containsExactly("Le chiffre 0", "Le chiffre 4");
        assertThat(game.view().trades()).extracting(TradeView::name).containsExactly("Plombier");
        assertThat(station(game.view(), "fontaine").earned()).isEqualTo(10);
    }
}
