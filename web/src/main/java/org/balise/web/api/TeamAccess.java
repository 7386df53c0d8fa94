package org.balise.web.api;

import org.balise.web.game.GameSessions;
import org.balise.web.game.TeamDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Opens {@code /api/teams/{teamId}/**} to the bearer of that team's token only: no token is 401, a token
 * that does not open this team (another team's, or none at all) is 403. The team is then handed to the
 * handler as a request attribute.
 */
@Component
class TeamAccess implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    static final String TEAM = TeamAccess.class.getName() + ".team";
    private static final String BEARER = "Bearer ";

    private final GameSessions games;

    TeamAccess(GameSessions games) {
        this.games = games;
    }

    static TeamDocument team(ServerRequest request) {
        return (TeamDocument) request.attribute(TEAM).orElseThrow();
    }

    @Override
    public Mono<ServerResponse> filter(ServerRequest request,
            org.springframework.web.reactive.function.server.HandlerFunction<ServerResponse> next) {
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
            return Problems.respond(ProblemType.UNAUTHENTICATED,
                    "Send the team's token: Authorization: Bearer <token>.", request.path());
        }
        String token = authorization.substring(BEARER.length()).strip();
        String teamId = request.pathVariable("teamId");
        return games.team(teamId)
                .filter(team -> games.opens(team, token))
                .flatMap(team -> {
                    request.attributes().put(TEAM, team);
                    return next.handle(request);
                })
                // The same answer whether the team exists or not: a token never tells which teams do.
                .switchIfEmpty(Mono.defer(() -> Problems.respond(ProblemType.FORBIDDEN,
                        "This token does not open this team.", request.path())));
    }
}
