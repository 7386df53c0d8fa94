package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeBonusTest {

    @ParameterizedTest(name = "after {0} s: {1} points")
    @CsvSource({"0, 10", "59, 9", "60, 9", "300, 5", "599, 0", "600, 0", "3600, 0"})
    void theBonusFallsLinearlyToNoneAtTheEndOfItsWindow(long seconds, int points) {
        assertThat(new TimeBonus(10, Duration.ofMinutes(10)).pointsAfter(Duration.ofSeconds(seconds))).isEqualTo(points);
    }
}
