package org.balise.web.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.balise.engine.geo.Fix;
import org.balise.engine.play.team.PositionAccepted;
import org.balise.engine.play.team.ReportFixes;
import org.balise.engine.play.team.TeamCommand;
import org.balise.engine.play.team.TeamEvent;
import org.balise.web.game.GameSessions;
import org.balise.web.game.TeamDocument;
import org.balise.web.game.TeamOutcome;
import org.balise.web.security.RateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A team's own endpoints: its view, its positions, its commands and its live stream. */
@Component
class TeamHandler {

    /** A phone batches a few minutes of fixes at most, even after a dead zone. */
    static final int MAX_FIXES = 100;

    private final GameSessions games;
    private final RateLimits limits;
    private final EventsOut events;

    TeamHandler(GameSessions games, RateLimits limits, EventsOut events) {
        this.games = games;
        this.limits = limits;
        this.events = events;
    }

    /** A position as the phone sends it. */
    record FixInput(@Nullable Double lat, @Nullable Double lon, @Nullable Double accuracy, @Nullable String time,
            @Nullable Double speed, @Nullable Double heading, @Nullable Boolean mocked) {
    }

    /** {@code POST /api/teams/{id}/fixes}'s body. */
    record FixBatch(@Nullable String commandId, @Nullable List<FixInput> fixes) {
    }

    /** What every team endpoint answers: the view now, and what the request caused. */
    record TeamResponse(String sequence, String mediaBase, org.balise.web.game.@Nullable CircuitArea area,
            org.balise.engine.play.view.PlayerView view, List<EventsOut.EventOut> events) {

        static TeamResponse of(TeamOutcome outcome, EventsOut events) {
            return new TeamResponse(outcome.sequence(), outcome.mediaBase(), outcome.area(), outcome.view(),
                    events.of(outcome));
        }
    }

    /**
     * What a batch of fixes answers: how many positions were accepted, what else they caused (rejections with
     * their reason, arrivals...), and the view when it may have changed.
     */
    record PositionsResponse(String sequence, int accepted, List<EventsOut.EventOut> events) {
    }

    /** {@link PositionsResponse} with the view, for a batch that changed it. */
    record PositionsAndViewResponse(String sequence, int accepted, List<EventsOut.EventOut> events,
            String mediaBase, org.balise.web.game.@Nullable CircuitArea area,
            org.balise.engine.play.view.PlayerView view) {
    }


    Mono<ServerResponse> view(ServerRequest request) {
        return games.view(TeamAccess.team(request)).flatMap(this::ok);
    }

    Mono<ServerResponse> fixes(ServerRequest request) {
        TeamDocument team = TeamAccess.team(request);
        return request.bodyToMono(FixBatch.class)
                .switchIfEmpty(Mono.error(() -> new ApiProblemException(ProblemType.INVALID_REQUEST,
                        "Send {commandId, fixes: [...]}.")))
                .map(TeamHandler::toCommand)
                .flatMap(command -> games.play(team, command))
                .flatMap(outcome -> positionsAnswer(outcome, Preferences.wantsRepresentation(request)));
    }

    Mono<ServerResponse> command(ServerRequest request) {
        TeamDocument team = TeamAccess.team(request);
        RateLimited.check(limits, RateLimits.Limit.TEAM_COMMAND, team.id());
        return request.bodyToMono(tools.jackson.databind.JsonNode.class)
                .switchIfEmpty(Mono.error(() -> new ApiProblemException(ProblemType.INVALID_REQUEST,
                        "Send {commandId, type, ...}.")))
                .map(CommandRequests::parse)
                .doOnNext(command -> {
                    if (command instanceof org.balise.engine.play.team.SubmitAnswer answer) {
                        RateLimited.check(limits, RateLimits.Limit.ANSWER, team.id() + "/" + answer.riddle());
                    }
                })
                .flatMap(command -> games.play(team, command))
                .flatMap(this::ok);
    }

    /**
     * Server-Sent Events: the view as {@code event: view} with the sequence as its id, now (unless the
     * phone's {@code Last-Event-ID} says it has this one already) and after every change.
     */
    Mono<ServerResponse> stream(ServerRequest request) {
        TeamDocument team = TeamAccess.team(request);
        String lastSeen = request.headers().firstHeader("Last-Event-ID");
        Flux<ServerSentEvent<Object>> views = games.watch(team)
                .skipWhile(outcome -> outcome.sequence().equals(lastSeen))
                .map(outcome -> ServerSentEvent.<Object>builder(TeamResponse.of(outcome, events))
                        .event("view").id(outcome.sequence()).build());
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(InfoHandler.HEARTBEAT)
                .map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
        return ServerResponse.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                .header("Cache-Control", "no-store")
                .body(Flux.merge(views, heartbeats), ServerSentEvent.class);
    }

    private Mono<ServerResponse> ok(TeamOutcome outcome) {
        return jsonNotStored().bodyValue(TeamResponse.of(outcome, events));
    }

    /**
     * Positions are most of a phone's requests and most change nothing it shows (views show no position): those
     * answer without the view, which the stream brings when it changes. A request that caused nothing (a
     * repeat) answers with it, since its first answer may have been lost; so does one whose sender asked for
     * it ({@code Prefer: return=representation}).
     */
    private Mono<ServerResponse> positionsAnswer(TeamOutcome outcome, boolean viewWanted) {
        List<TeamEvent> caused = outcome.events();
        List<TeamEvent> others = caused.stream().filter(event -> !(event instanceof PositionAccepted)).toList();
        int accepted = caused.size() - others.size();
        boolean viewUnchanged = !caused.isEmpty() && caused.stream().noneMatch(TeamEvent::changesView);
        Object body = viewUnchanged && !viewWanted
                ? new PositionsResponse(outcome.sequence(), accepted, events.of(others))
                : new PositionsAndViewResponse(outcome.sequence(), accepted, events.of(others), outcome.mediaBase(),
                        outcome.area(), outcome.view());
        ServerResponse.BodyBuilder response = jsonNotStored();
        if (viewWanted) {
            response.header(Preferences.APPLIED, Preferences.RETURN_REPRESENTATION);
        }
        return response.bodyValue(body);
    }

    /** Team answers change with every request: never kept by a cache. */
    private static ServerResponse.BodyBuilder jsonNotStored() {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store");
    }

    private static TeamCommand toCommand(FixBatch batch) {
        String commandId = Requests.id(batch.commandId(), "commandId");
        Requests.require(batch.fixes() != null && !batch.fixes().isEmpty(), "fixes holds at least one fix.");
        if (batch.fixes().size() > MAX_FIXES) {
            throw new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "Send at most " + MAX_FIXES + " fixes at once (" + batch.fixes().size() + " were sent).");
        }
        return new ReportFixes(commandId, batch.fixes().stream().map(TeamHandler::toFix).toList());
    }

    private static Fix toFix(FixInput input) {
        Requests.require(input.lat() != null && input.lon() != null && input.accuracy() != null && input.time() != null,
                "Each fix has lat, lon, accuracy and time.");
        Instant time;
        try {
            time = Instant.parse(input.time());
        } catch (DateTimeParseException e) {
            throw new ApiProblemException(ProblemType.INVALID_REQUEST,
                    "A fix's time is an ISO-8601 instant such as 2026-05-23T09:30:00Z, not " + input.time() + ".");
        }
        return new Fix(input.lat(), input.lon(), input.accuracy(), time, input.speed(), input.heading(),
                Boolean.TRUE.equals(input.mocked()));
    }
}
