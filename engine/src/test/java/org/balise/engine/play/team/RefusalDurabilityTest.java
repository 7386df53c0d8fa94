package org.balise.engine.play.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.balise.engine.play.RefusalReason;
import org.junit.jupiter.api.Test;

class RefusalDurabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aRefusedBatchOfPositionsIsNotKeptInTheDurableStore() {
        TeamCommandRefused refused = new TeamCommandRefused("fixes-1", NOW, "report-fixes", RefusalReason.GAME_PAUSED,
                "The game is paused.");

        assertThat(refused.durable()).isFalse();
    }

    @Test
    void anyOtherRefusalIsKeptForTheDebrief() {
        TeamCommandRefused refused = new TeamCommandRefused("hint-1", NOW, "take-hint",
                RefusalReason.HINT_NOT_YET_AVAILABLE, "This hint is not available yet.");

        assertThat(refused.durable()).isTrue();
    }
}
