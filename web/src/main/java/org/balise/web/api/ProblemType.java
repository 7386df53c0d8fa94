package org.balise.web.api;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the phone API answers, each with a stable {@code type} (RFC 9457) that clients may
 * rely on. The type is a path on the play door itself, where {@code /problems/{slug}} explains it.
 */
public enum ProblemType {

    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request is not valid"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "A team token is needed"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "This token does not open this team"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Nothing here"),
    UNKNOWN_JOIN_CODE("unknown-join-code", HttpStatus.NOT_FOUND, "No session has this join code"),
    SESSION_CLOSED("session-closed", HttpStatus.CONFLICT, "The session does not accept this any more"),
    TEAM_NAME_TAKEN("team-name-taken", HttpStatus.CONFLICT, "Another team of the session has this name"),
    UNSUPPORTED_LANGUAGE("unsupported-language", HttpStatus.BAD_REQUEST, "The session is not played in this language"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request is too large"),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests: wait before trying again"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Balise failed to answer");

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
