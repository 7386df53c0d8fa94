package org.balise.web.backoffice.classroom;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balise.web.drafts.DraftPreviews;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.TeamDocument;
import org.springframework.stereotype.Component;

/**
 * Which sessions the signed-in person may see and run: a teacher their own, an administrator all. Every
 * classroom view asks here before showing a session, so that a guessed id opens nothing.
 */
@Component
public class SessionAccess {

    /** How long a view waits for the store before giving up. */
    public static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    private final AuthenticationContext authentication;
    private final GameSessions games;

    SessionAccess(AuthenticationContext authentication, GameSessions games) {
        this.authentication = authentication;
        this.games = games;
    }

    /** The signed-in person's username: the owner of the sessions they create, the sender of their messages. */
    public String teacher() {
        return authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public boolean administrator() {
        return authentication.hasRole("ADMIN");
    }

    /** The sessions this person may see, newest first. */
    public List<SessionDocument> visibleSessions() {
        var sessions = administrator() ? games.allSessions() : games.sessionsOf(teacher());
        return sessions.filter(session -> !DraftPreviews.isPreview(session))
                .collectSortedList(Comparator.comparing(SessionDocument::createdAt).reversed())
                .block(STORE_TIMEOUT);
    }

    /** The session, if it exists and this person may see it. */
    public Optional<SessionDocument> session(String sessionId) {
        return Optional.ofNullable(games.session(sessionId).block(STORE_TIMEOUT)).filter(this::mayOpen);
    }

    /**
     * The session a view was asked to show, if it exists and this person may see it; otherwise the view
     * shows "not found" instead (the same for a session that does not exist and one of a colleague's).
     */
    public Optional<SessionDocument> sessionToShow(BeforeEvent event, String sessionId) {
        Optional<SessionDocument> found = session(sessionId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "No session of yours has this id.");
        }
        return found;
    }

    /** The team, if it exists and this person may see its session. */
    public Optional<TeamDocument> team(String teamId) {
        return Optional.ofNullable(games.team(teamId).block(STORE_TIMEOUT))
                .filter(team -> session(team.sessionId()).isPresent());
    }

    private boolean mayOpen(SessionDocument session) {
        return administrator() || session.owner().equals(teacher());
    }
}
