package org.balise.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Joins teams over {@code POST /api/join} as pupils would, {@code concurrency} at a time. Every join appends
 * to the session's one event stream, optimistically: joins in parallel conflict and retry on the server, and
 * a join that loses too often fails (HTTP 500, "Session ... is too busy"), which is counted.
 */
final class Joining {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The teams that joined (in order), how long joining took and each join's latency.
     *
     * @param failures failed joins by status or exception
     */
    record Joined(List<Team> teams, Duration took, Histogram latency, Map<String, Long> failures) {
    }

    private Joining() {
    }

    static Joined join(PhoneApi api, String joinCode, int count, int concurrency, Walk walk, long seed) {
        Histogram latency = Measurements.histogram();
        Measurements failures = new Measurements();
        long start = System.nanoTime();
        List<Team> joined = Flux.range(0, count)
                .flatMap(index -> joinOne(api, joinCode, index, walk, seed, latency, failures), concurrency)
                .collectList()
                .block(TIME_LIMIT);
        List<Team> teams = new ArrayList<>(joined == null ? List.of() : joined);
        teams.sort(Comparator.comparingInt(team -> team.index));
        return new Joined(List.copyOf(teams), Duration.ofNanos(System.nanoTime() - start), latency,
                failures.failures());
    }

    private static Mono<Team> joinOne(PhoneApi api, String joinCode, int index, Walk walk, long seed,
            Histogram latency, Measurements failures) {
        String body = JSON.writeValueAsString(Map.of("joinCode", joinCode,
                "teamName", String.format("Load test %05d", index), "language", "fr"));
        return Mono.defer(() -> {
            long sent = System.nanoTime();
            return api.join(CallerAddresses.forTeam(index), body).map(reply -> {
                Measurements.record(latency, System.nanoTime() - sent);
                return reply;
            });
        })
                .flatMap(reply -> {
                    Optional<Team> team = reply.status() == 201 ? Optional.of(team(reply.body(), index, walk, seed))
                            : Optional.empty();
                    if (team.isEmpty()) {
                        failures.failed("join " + reply.status());
                    }
                    return Mono.justOrEmpty(team);
                })
                .onErrorResume(error -> {
                    failures.failed("join " + error.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    private static Team team(String body, int index, Walk walk, long seed) {
        JsonNode joined = JSON.readTree(body);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + index);
        // The first station of the team's view is where its route begins.
        int start = walk.indexOf(joined.path("view").path("stations").path(0).path("id").asString(""));
        double phase = start < 0 ? random.nextDouble(walk.loopSeconds()) : walk.approaching(start, random.nextDouble());
        return new Team(index, joined.get("teamId").asString(), joined.get("token").asString(), phase, random);
    }
}
