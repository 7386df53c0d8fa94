package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GameRulesTest {

    @ParameterizedTest(name = "score {0}, change {1}: {2} applied")
    @CsvSource({"10, 5, 5", "10, -4, -4", "3, -5, -3", "0, -5, 0", "0, 7, 7"})
    void aLossStopsAtZeroWhenNegativeScoresAreNotAllowed(int score, int delta, int applied) {
        assertThat(GameRules.DEFAULT.applicable(score, delta)).isEqualTo(applied);
    }

    @ParameterizedTest(name = "score {0}, change {1}: {1} applied")
    @CsvSource({"3, -5", "0, -5", "-2, -1"})
    void aLossIsWholeWhenNegativeScoresAreAllowed(int score, int delta) {
        assertThat(GameRules.DEFAULT.withNegativeScoreAllowed(true).applicable(score, delta)).isEqualTo(delta);
    }
}
