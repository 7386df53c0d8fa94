package org.balise.web.backoffice.classroom.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.balise.engine.play.GameStatus;
import org.balise.engine.play.team.AcceptedFix;
import org.balise.engine.play.team.TeamState;
import org.balise.web.backoffice.classroom.ClassroomSettings;

/**
 * Decides a team's alerts. Idle and offline count only while the game runs and the team plays: during a
 * pause everybody is idle on purpose, and a finished team has nothing left to do.
 */
final class TeamAlerts {

    private final ClassroomSettings settings;
    private final Optional<CircuitArea> area;

    TeamAlerts(ClassroomSettings settings, Optional<CircuitArea> area) {
        this.settings = settings;
        this.area = area;
    }

    Set<Alert> of(TeamState team, GameStatus status, Instant lastSeen, Instant lastProgress, Instant now) {
        Set<Alert> alerts = EnumSet.noneOf(Alert.class);
        boolean playing = status == GameStatus.RUNNING && !team.finished();
        boolean offline = playing && Duration.between(lastSeen, now).compareTo(settings.offlineAfter()) > 0;
        if (offline) {
            alerts.add(Alert.OFFLINE);
        }
        if (playing && !offline && Duration.between(lastProgress, now).compareTo(settings.idleAfter()) > 0) {
            alerts.add(Alert.IDLE);
        }
        AcceptedFix fix = team.lastFix();
        if (fix != null && area.isPresent() && !area.get().contains(fix.latitude(), fix.longitude())) {
            alerts.add(Alert.OUT_OF_AREA);
        }
        if (team.suspiciousFixes() > 0 || (fix != null && !fix.flags().isEmpty())) {
            alerts.add(Alert.SUSPICIOUS_FIXES);
        }
        return alerts;
    }
}
