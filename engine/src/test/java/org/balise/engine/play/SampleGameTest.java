package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.debrief.Debriefs;
import org.balise.engine.play.debrief.SessionDebrief;
import org.balise.engine.play.debrief.StationDebrief;
import org.balise.engine.play.debrief.StationSummary;
import org.balise.engine.play.debrief.TeamDebrief;
import org.balise.engine.play.session.SessionDecider;
import org.balise.engine.play.team.TeamDecider;
import org.balise.engine.play.team.TeamEvent;
import org.junit.jupiter.api.Test;

/** The sample circuit played through the engine by a class, in both modes, and the debrief it leaves. */
class SampleGameTest {

    private static final List<String> LOOP = List.of("liberation", "tour", "chouette", "rude", "saint-benigne", "darcy");
    private static final int STATION_POINTS = 10 + 10 + 5 + 10 + 10 + 15;
    private static final int FINAL_POINTS = 20;

    @Test
    void aClassPlaysTheSampleOnSiteAndTheDebriefTellsHowEachTeamGotEverywhere() {
        ClassGame game = SampleGames.play(Mode.ON_SITE);
        SessionDebrief debrief = game.debrief("fr");

        TeamDebrief hiboux = team(debrief, "hiboux");
        assertThat(stationIds(hiboux)).as("the first team starts the loop at its start").isEqualTo(LOOP);
        assertThat(arrival(hiboux, "chouette")).isEqualTo(ArrivalMethod.QR_CODE);
        assertThat(arrival(hiboux, "liberation")).isEqualTo(ArrivalMethod.GPS);
        assertThat(station(hiboux, "chouette").solvedBy()).isEqualTo(SolvedBy.LOCATION);
        assertThat(station(hiboux, "darcy").rejectedPhotos()).isEqualTo(1);
        assertThat(station(hiboux, "darcy").solvedBy()).isEqualTo(SolvedBy.PHOTO);
        assertThat(hiboux.wrongAttempts()).as("one wrong answer per answered station, and one at the final riddle")
                .isEqualTo(4 + 1);

        TeamDebrief owls = team(debrief, "owls");
        assertThat(stationIds(owls)).startsWith("tour", "chouette").endsWith("liberation");
        assertThat(owls.language()).isEqualTo("en");
        assertThat(arrival(owls, "tour")).isEqualTo(ArrivalMethod.TEACHER);
        assertThat(station(owls, "tour").provedBy()).isEqualTo("prof");
        assertThat(owls.hintsTaken()).isEqualTo(2);
        assertThat(station(owls, "tour").hintCost()).as("the first hint found a score of zero to take from").isZero();
        assertThat(station(owls, "liberation").hintCost()).isEqualTo(2);
        assertThat(owls.breakdown().hintCosts()).isEqualTo(-2);

        TeamDebrief chouettes = team(debrief, "chouettes");
        assertThat(stationIds(chouettes)).startsWith("chouette");
        assertThat(arrival(chouettes, "saint-benigne")).isEqualTo(ArrivalMethod.ON_SITE_CODE);

        TeamDebrief bears = team(debrief, "bears");
        assertThat(stationIds(bears)).startsWith("rude", "saint-benigne", "darcy");
        assertThat(bears.stationsSolved()).isEqualTo(3);
        assertThat(bears.finished()).isFalse();
        assertThat(bears.finalRiddle().openedAt()).isNull();

        for (TeamDebrief finisher : List.of(hiboux, owls, chouettes)) {
            assertFinishedEverything(finisher);
        }
        assertThat(debrief.leaderboard()).as("hiboux and chouettes scored every point, hiboux finished first")
                .extracting(s -> s.teamId(), s -> s.score(), s -> s.rank())
                .containsExactly(tuple("hiboux", 80, 1), tuple("chouettes", 80, 2), tuple("owls", 78, 3),
                        tuple("bears", 35, 4));
        assertSummariesAddUp(debrief);
        assertEveryStreamReplays(game);
    }

    @Test
    void aClassPlaysTheSampleOnTheMapAndTheDebriefTellsHowEachTeamGotEverywhere() {
        ClassGame game = SampleGames.play(Mode.VIRTUAL);
        SessionDebrief debrief = game.debrief("en");

        TeamDebrief hiboux = team(debrief, "hiboux");
        assertThat(arrival(hiboux, "liberation")).as("found on the map").isEqualTo(ArrivalMethod.MAP_TAP);
        assertThat(arrival(hiboux, "tour")).as("opened from the list").isEqualTo(ArrivalMethod.VIRTUAL_TAP);
        assertThat(arrival(hiboux, "chouette")).isEqualTo(ArrivalMethod.VIRTUAL_TAP);
        assertThat(station(hiboux, "chouette").solvedBy()).as("the virtual riddle replaces the location-only one")
                .isEqualTo(SolvedBy.ANSWER);
        assertThat(station(hiboux, "darcy").solvedBy()).as("a text riddle instead of the photo").isEqualTo(SolvedBy.ANSWER);
        assertThat(arrival(team(debrief, "owls"), "tour")).isEqualTo(ArrivalMethod.TEACHER);
        assertThat(station(hiboux, "liberation").title()).isEqualTo("Place de la Libération");
        assertThat(debrief.stations()).filteredOn(s -> s.stationId().equals("tour")).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Philip the Good's tower"));

        for (String finisher : List.of("hiboux", "owls", "chouettes")) {
            assertFinishedEverything(team(debrief, finisher));
        }
        assertThat(team(debrief, "bears").finished()).isFalse();
        assertSummariesAddUp(debrief);
        assertEveryStreamReplays(game);
    }

    @Test
    void theSessionsPlayedTimeLeavesOutThePause() {
        ClassGame game = SampleGames.play(Mode.ON_SITE);
        SessionDebrief debrief = game.debrief("fr");

        Duration wall = Duration.between(debrief.startedAt(), game.now());
        assertThat(wall.minus(debrief.playedTime())).isEqualTo(Duration.ofMinutes(10));
        assertThat(debrief.endedAt()).isNull();
    }

    @Test
    void everyTeamAcknowledgedTheRecall() {
        ClassGame game = SampleGames.play(Mode.ON_SITE);

        for (String team : SampleGames.ORDER) {
            assertThat(game.view(team).messages()).singleElement().satisfies(m -> {
                assertThat(m.needsAcknowledgement()).isTrue();
                assertThat(m.acknowledged()).isTrue();
            });
        }
    }

    private static void assertFinishedEverything(TeamDebrief team) {
        assertThat(team.finished()).as(team.teamId() + " finished").isTrue();
        assertThat(team.stations()).as(team.teamId()).allSatisfy(station -> {
            assertThat(station.reached()).isTrue();
            assertThat(station.solved()).isTrue();
            assertThat(station.late()).isFalse();
            assertThat(station.timeSpent()).isNotNull();
        });
        assertThat(team.clues()).as(team.teamId()).containsExactlyInAnyOrder("lettre-d", "lettre-i", "lettre-j",
                "lettre-o", "lettre-n");
        assertThat(team.trades()).containsExactlyInAnyOrder("tailleur-de-pierre", "jardinier-paysagiste");
        assertThat(team.finalRiddle().solved()).isTrue();
        assertThat(team.breakdown().riddlePoints()).isEqualTo(STATION_POINTS + FINAL_POINTS);
        assertThat(team.breakdown().total()).isEqualTo(team.score());
        assertThat(team.playedTime()).isPositive();
    }

    private static void assertSummariesAddUp(SessionDebrief debrief) {
        assertThat(debrief.teams()).hasSize(4);
        assertThat(debrief.stations()).extracting(StationSummary::stationId).containsExactlyElementsOf(LOOP);
        for (StationSummary summary : debrief.stations()) {
            assertThat(summary.teamsOnRoute()).isEqualTo(4);
            assertThat(summary.arrivals().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(summary.reached());
            assertThat(summary.solved()).isBetween(3, 4);
        }
        assertThat(debrief.leaderboard()).extracting(s -> s.rank()).isSorted();
    }

    private static void assertEveryStreamReplays(ClassGame game) {
        assertThat(SessionDecider.replay(game.sessionLog())).isEqualTo(game.sessionState());
        for (String team : SampleGames.ORDER) {
            List<TeamEvent> log = game.log(team);
            assertThat(TeamDecider.replay(game.state(team).member(), log)).as(team).isEqualTo(game.state(team));
            assertThat(Debriefs.team(game.context(team), TeamDecider.replay(game.state(team).member(), log), game.now(), "fr"))
                    .isEqualTo(Debriefs.team(game.context(team), game.state(team), game.now(), "fr"));
        }
    }

    private static TeamDebrief team(SessionDebrief debrief, String teamId) {
        return debrief.teams().stream().filter(t -> t.teamId().equals(teamId)).findFirst().orElseThrow();
    }

    private static StationDebrief station(TeamDebrief team, String stationId) {
        return team.stations().stream().filter(s -> s.stationId().equals(stationId)).findFirst().orElseThrow();
    }

    private static ArrivalMethod arrival(TeamDebrief team, String stationId) {
        return station(team, stationId).arrivedBy();
    }

    private static List<String> stationIds(TeamDebrief team) {
        return team.stations().stream().map(StationDebrief::stationId).toList();
    }

}
