package org.balise.engine.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayClockTest {

    private static final Instant START = Instant.parse("2025-05-23T08:00:00Z");

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void nothingIsPlayedBeforeTheStart() {
        assertThat(PlayClock.NOT_STARTED.status(at(5))).isEqualTo(GameStatus.NOT_STARTED);
        assertThat(PlayClock.NOT_STARTED.played(at(0), at(5))).isZero();
    }

    @Test
    void pausesDoNotCountAsPlayedTime() {
        PlayClock clock = new PlayClock(START, List.of(new Pause(at(10), at(25)), new Pause(at(40), null)), null, null);

        assertThat(clock.played(at(0), at(10))).isEqualTo(Duration.ofMinutes(10));
        assertThat(clock.played(at(5), at(30))).isEqualTo(Duration.ofMinutes(10));
        assertThat(clock.played(at(0), at(60))).isEqualTo(Duration.ofMinutes(25));
        assertThat(clock.status(at(20))).isEqualTo(GameStatus.PAUSED);
        assertThat(clock.status(at(30))).isEqualTo(GameStatus.RUNNING);
        assertThat(clock.status(at(45))).isEqualTo(GameStatus.PAUSED);
    }

    @Test
    void theDurationIsUpAfterThatMuchPlayedTimeAndPausesPushItBack() {
        PlayClock clock = new PlayClock(START, List.of(new Pause(at(10), at(25))), null, Duration.ofMinutes(60));

        assertThat(clock.end()).isEqualTo(at(75));
        assertThat(clock.status(at(74))).isEqualTo(GameStatus.RUNNING);
        assertThat(clock.status(at(75))).isEqualTo(GameStatus.OVER);
        assertThat(clock.timeLeft(at(30))).isEqualTo(Duration.ofMinutes(45));
        assertThat(clock.played(at(0), at(90))).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void whilePausedBeforeTheLimitTheEndIsNotKnown() {
        PlayClock clock = new PlayClock(START, List.of(new Pause(at(10), null)), null, Duration.ofMinutes(60));

        assertThat(clock.end()).isNull();
        assertThat(clock.timeLeft(at(500))).isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void theTeachersEndStopsTheClock() {
        PlayClock clock = new PlayClock(START, List.of(), at(30), Duration.ofMinutes(60));

        assertThat(clock.status(at(30))).isEqualTo(GameStatus.OVER);
        assertThat(clock.played(at(0), at(50))).isEqualTo(Duration.ofMinutes(30));
        assertThat(clock.timeLeft(at(40))).isZero();
    }

    @Test
    void aDelayOpensAtAWallInstantOnlyWhileTheGameRuns() {
        PlayClock running = new PlayClock(START, List.of(new Pause(at(10), at(20))), null, null);
        PlayClock paused = new PlayClock(START, List.of(new Pause(at(10), null)), null, null);

        assertThat(running.whenPlayedReaches(at(5), Duration.ofMinutes(10), at(21))).isEqualTo(at(25));
        assertThat(running.whenPlayedReaches(at(5), Duration.ofMinutes(1), at(21))).isEqualTo(at(21));
        assertThat(paused.whenPlayedReaches(at(5), Duration.ofMinutes(10), at(12))).isNull();
    }
}
