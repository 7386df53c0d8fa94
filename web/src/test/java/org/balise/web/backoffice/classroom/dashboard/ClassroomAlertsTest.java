package org.balise.web.backoffice.classroom.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.geo.FixFlag;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.session.TeamMember;
import org.balise.engine.play.team.AcceptedFix;
import org.balise.engine.play.team.TeamState;
import org.balise.web.backoffice.classroom.ClassroomSettings;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.backoffice.classroom.Classroom;
import org.balise.web.circuits.CircuitCatalogue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningBaliseExtension.class)
class ClassroomAlertsTest {

    private static final Instant NOW = Instant.parse("2026-05-23T10:00:00Z");
    private static final ClassroomSettings SETTINGS = new ClassroomSettings(Duration.ofMinutes(10),
            Duration.ofMinutes(3), 300, Duration.ofSeconds(15), "", "");

    private final Circuit sample;
    private final TeamAlerts alerts;

    ClassroomAlertsTest(RunningBalise balise) {
        sample = balise.shared().getBean(CircuitCatalogue.class).circuit(Classroom.CIRCUIT, Classroom.VERSION).block();
        alerts = new TeamAlerts(SETTINGS, CircuitArea.of(sample, 300));
    }

    @Test
    void aTeamThatMovedOnRecentlyNeedsNoLook() {
        assertThat(alerts.of(team(fixAt(47.3220, 5.0400, Set.of()), 0), GameStatus.RUNNING, NOW.minusSeconds(20),
                NOW.minusSeconds(60), NOW)).isEmpty();
    }

    @Test
    void aTeamWhosePhonesReportButThatDoesNotMoveOnIsIdle() {
        assertThat(alerts.of(team(null, 0), GameStatus.RUNNING, NOW.minusSeconds(20), NOW.minus(Duration.ofMinutes(11)),
                NOW)).containsExactly(Alert.IDLE);
    }

    @Test
    void aTeamWhosePhonesSendNothingIsOfflineRatherThanIdle() {
        assertThat(alerts.of(team(null, 0), GameStatus.RUNNING, NOW.minus(Duration.ofMinutes(4)),
                NOW.minus(Duration.ofMinutes(20)), NOW)).containsExactly(Alert.OFFLINE);
    }

    @Test
    void nobodyIsIdleOrOfflineDuringAPause() {
        assertThat(alerts.of(team(null, 0), GameStatus.PAUSED, NOW.minus(Duration.ofHours(1)),
                NOW.minus(Duration.ofHours(1)), NOW)).isEmpty();
    }

    @Test
    void aTeamFarFromEveryStationIsOutOfTheArea() {
        assertThat(alerts.of(team(fixAt(47.3300, 5.0400, Set.of()), 0), GameStatus.RUNNING, NOW, NOW, NOW))
                .containsExactly(Alert.OUT_OF_AREA);
    }

    @Test
    void aTeamWithAMockedOrJumpingPositionIsFlagged() {
        assertThat(alerts.of(team(fixAt(47.3220, 5.0400, Set.of(FixFlag.MOCK_LOCATION)), 0), GameStatus.RUNNING, NOW,
                NOW, NOW)).containsExactly(Alert.SUSPICIOUS_FIXES);
        assertThat(alerts.of(team(null, 2), GameStatus.RUNNING, NOW, NOW, NOW)).containsExactly(Alert.SUSPICIOUS_FIXES);
    }

    @Test
    void theAreaIsTheStationsZonesWidenedByTheMargin() {
        CircuitArea area = CircuitArea.of(sample, 300).orElseThrow();

        assertThat(area.contains(47.3218, 5.0415)).as("inside a zone").isTrue();
        assertThat(area.contains(47.3246, 5.0415)).as("about 200 m north of the northernmost zone").isTrue();
        assertThat(area.contains(47.3270, 5.0415)).as("about 450 m north of it").isFalse();
    }

    private static AcceptedFix fixAt(double latitude, double longitude, Set<FixFlag> flags) {
        return new AcceptedFix(latitude, longitude, 8, NOW, flags);
    }

    private static TeamState team(@Nullable AcceptedFix fix, int suspiciousFixes) {
        TeamState joined = TeamState.joined(new TeamMember("team-1", "Owls", "en", 0, NOW.minus(Duration.ofHours(1))));
        return new TeamState(joined.member(), Set.of(), Map.of(), null, List.of(), List.of(), List.of(), 0, Map.of(),
                Map.of(), fix, suspiciousFixes, List.of(), Set.of(), null);
    }
}
