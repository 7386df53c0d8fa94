package org.balise.web.api;

import java.util.List;
import java.util.Map;
import org.balise.engine.play.GameStatus;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.GameSessions;
import org.balise.web.game.JoinRefused;
import org.balise.web.game.TeamOutcome;
import org.balise.web.security.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Finding a session by its join code, and joining it as a new team. Both are rate-limited per caller. */
@Component
class JoinHandler {

    private final GameSessions games;
    private final CircuitCatalogue catalogue;
    private final RateLimits limits;
    private final java.time.Clock clock;

    JoinHandler(GameSessions games, CircuitCatalogue catalogue, RateLimits limits, java.time.Clock clock) {
        this.games = games;
        this.catalogue = catalogue;
        this.limits = limits;
        this.clock = clock;
    }

    /** What a pupil sees before joining: the circuit's title, the languages, the mode. */
    record SessionSummary(String joinCode, Map<String, String> circuitTitle, List<String> languages, String mode,
            GameStatus status) {
    }

    /** {@code POST /api/join}'s body. */
    record JoinRequest(String joinCode, String teamName, String language) {
    }

    /** {@code POST /api/join}'s answer: the token is given here, once. */
    record JoinResponse(String teamId, String token, String sequence, String mediaBase,
            org.balise.web.game.@org.jspecify.annotations.Nullable CircuitArea area,
            org.balise.engine.play.view.PlayerView view) {

        static JoinResponse of(String teamId, String token, TeamOutcome outcome) {
            return new JoinResponse(teamId, token, outcome.sequence(), outcome.mediaBase(), outcome.area(),
                    outcome.view());
        }
    }

    Mono<ServerResponse> session(ServerRequest request) {
        RateLimited.check(limits, RateLimits.Limit.JOIN_CODE, RateLimited.caller(request));
        String code = request.pathVariable("joinCode");
        return games.byJoinCode(code)
                .switchIfEmpty(Mono.error(() -> unknown(code)))
                .flatMap(session -> Mono.zip(catalogue.find(session.circuitId(), session.circuitVersion()),
                        games.state(session)).map(both -> new SessionSummary(session.joinCode(),
                        both.getT1().title(), session.languages(),
                        both.getT2().requireSetup().mode().name(),
                        both.getT2().clock().status(clock.instant()))))
                .flatMap(summary -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(summary));
    }

    Mono<ServerResponse> join(ServerRequest request) {
        RateLimited.check(limits, RateLimits.Limit.JOIN_CODE, RateLimited.caller(request));
        return request.bodyToMono(JoinRequest.class)
                .switchIfEmpty(Mono.error(() -> new ApiProblemException(ProblemType.INVALID_REQUEST,
                        "Send {joinCode, teamName, language}.")))
                .flatMap(join -> {
                    Requests.require(join.joinCode() != null && join.teamName() != null && join.language() != null,
                            "joinCode, teamName and language are all needed.");
                    return games.join(join.joinCode(), join.teamName(), join.language());
                })
                .onErrorMap(JoinRefused.class, JoinHandler::asProblem)
                .flatMap(joined -> ServerResponse.status(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(JoinResponse.of(joined.teamId(), joined.token(), joined.outcome())));
    }

    private static ApiProblemException unknown(String code) {
        return new ApiProblemException(ProblemType.UNKNOWN_JOIN_CODE, "No session has the join code " + code + ".");
    }

    private static ApiProblemException asProblem(JoinRefused refused) {
        ProblemType type = switch (refused.reason()) {
            case UNKNOWN_JOIN_CODE -> ProblemType.UNKNOWN_JOIN_CODE;
            case UNSUPPORTED_LANGUAGE -> ProblemType.UNSUPPORTED_LANGUAGE;
            case TEAM_NAME_TAKEN -> ProblemType.TEAM_NAME_TAKEN;
            case SESSION_CLOSED -> ProblemType.SESSION_CLOSED;
            case INVALID_NAME -> ProblemType.INVALID_REQUEST;
        };
        return new ApiProblemException(type, refused.getMessage());
    }
}
