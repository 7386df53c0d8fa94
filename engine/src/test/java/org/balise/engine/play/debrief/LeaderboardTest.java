package org.balise.engine.play.debrief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.balise.engine.play.TeamScenario;
import org.balise.engine.play.session.TeamMember;
import org.balise.engine.play.team.PointsAwarded;
import org.balise.engine.play.team.TeamDecider;
import org.balise.engine.play.team.TeamEvent;
import org.balise.engine.play.team.TeamFinished;
import org.balise.engine.play.team.TeamState;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    private static final Instant T = TeamScenario.T0;

    private static TeamState team(String id, int index, TeamEvent... events) {
        return TeamDecider.replay(new TeamMember(id, "Team " + id, "fr", index, T), List.of(events));
    }

    private static PointsAwarded points(int points, int minute) {
        return new PointsAwarded("p-" + points + "-" + minute, T.plusSeconds(60L * minute), points, points, "test", "t");
    }

    @Test
    void higherScoresComeFirst() {
        List<Standing> board = Leaderboard.of(Set.of(team("a", 0, points(10, 1)), team("b", 1, points(30, 1)),
                team("c", 2, points(20, 1))));

        assertThat(board).extracting(Standing::teamId, Standing::rank)
                .containsExactly(tuple("b", 1), tuple("c", 2), tuple("a", 3));
    }

    @Test
    void onEqualScoresAFinishedTeamComesFirstThenTheEarlierToReachItsScore() {
        TeamState finished = team("late-but-done", 0, points(10, 9), new TeamFinished("f", T.plusSeconds(600)));
        TeamState early = team("early", 1, points(10, 2));
        TeamState later = team("later", 2, points(10, 5));

        assertThat(Leaderboard.of(List.of(later, early, finished))).extracting(Standing::teamId)
                .containsExactly("late-but-done", "early", "later");
    }

    @Test
    void teamsEqualOnEveryCriterionShareARank() {
        List<Standing> board = Leaderboard.of(List.of(team("b", 1, points(5, 1)), team("a", 0, points(5, 1)),
                team("c", 2)));

        assertThat(board).extracting(Standing::teamId, Standing::rank)
                .containsExactly(tuple("a", 1), tuple("b", 1), tuple("c", 3));
    }
}
