package org.balise.web.backoffice.classroom.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.balise.engine.play.MessageKind;
import org.balise.engine.play.session.SessionCommandRefused;
import org.balise.engine.play.session.SessionEvent;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.engine.play.team.AwardPoints;
import org.balise.engine.play.team.RejectPhoto;
import org.balise.engine.play.team.SendMessage;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.TeamCommandRefused;
import org.balise.engine.play.team.UnlockStation;
import org.balise.web.game.GameSessions;
import org.balise.web.game.TeamDocument;
import org.balise.web.game.TeamOutcome;
import org.springframework.stereotype.Component;

/**
 * What a teacher does to a game, as engine commands: each becomes an event of the team's or the session's
 * history, with the teacher's name, so the debrief tells a teacher's unlock from a team's arrival. Each
 * answers the engine's refusal, if any, as a sentence to show.
 */
@Component
class TeacherCommands {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final GameSessions games;

    TeacherCommands(GameSessions games) {
        this.games = games;
    }

    Optional<String> unlock(TeamDocument team, String stationId, String teacher) {
        return play(team, new UnlockStation(newId(), stationId, teacher));
    }

    Optional<String> award(TeamDocument team, int points, String reason, String teacher) {
        return play(team, new AwardPoints(newId(), points, reason, teacher));
    }

    Optional<String> approve(TeamDocument team, String riddle, String photoId, String teacher) {
        return play(team, new ApprovePhoto(newId(), riddle, photoId, teacher));
    }

    Optional<String> reject(TeamDocument team, String riddle, String photoId, String comment, String teacher) {
        return play(team, new RejectPhoto(newId(), riddle, photoId, teacher, comment));
    }

    Optional<String> message(TeamDocument team, String text, String teacher) {
        String id = newId();
        return play(team, new SendMessage(id, id, MessageKind.INFO, text, teacher));
    }

    Optional<String> broadcast(String sessionId, MessageKind kind, String text, String teacher) {
        return session(games.broadcast(sessionId, kind, text, teacher).block(TIMEOUT));
    }

    Optional<String> start(String sessionId) {
        return session(games.start(sessionId).block(TIMEOUT));
    }

    Optional<String> pause(String sessionId) {
        return session(games.pause(sessionId).block(TIMEOUT));
    }

    Optional<String> resume(String sessionId) {
        return session(games.resume(sessionId).block(TIMEOUT));
    }

    Optional<String> end(String sessionId) {
        return session(games.end(sessionId).block(TIMEOUT));
    }

    private Optional<String> play(TeamDocument team, TeamCommand command) {
        TeamOutcome outcome = games.play(team, command).block(TIMEOUT);
        return outcome.events().stream().filter(TeamCommandRefused.class::isInstance)
                .map(refused -> ((TeamCommandRefused) refused).sentence())
                .findFirst();
    }

    private static Optional<String> session(List<SessionEvent> events) {
        return events.stream().filter(SessionCommandRefused.class::isInstance)
                .map(refused -> ((SessionCommandRefused) refused).sentence())
                .findFirst();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
