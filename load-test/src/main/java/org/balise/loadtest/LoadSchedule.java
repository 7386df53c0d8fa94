package org.balise.loadtest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.balise.engine.geo.LatLon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load itself, open-loop: team {@code j mod N} is due at {@code start + j * period / N}, so every team
 * posts one batch per period and the teams are spread evenly over it, whatever the server's latency. A
 * team whose previous batch is still unanswered when it is due skips that turn (counted as missed), as a
 * phone sends one request at a time. A team standing at a station for a while answers its riddle, wrongly,
 * once per visit.
 *
 * <p>One thread (the caller's) hands requests to the HTTP client; Netty's event loops complete them. Bounded:
 * the schedule ends at its end instant, then waits for the requests still in flight, at most
 * {@link #DRAIN_LIMIT}.
 */
final class LoadSchedule {

    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEQUENCE = "\"sequence\":\"";
    private static final String ACCEPTED = "\"accepted\":";
    private static final String VIEW = "\"view\":";
    private static final String REJECTED = "\"type\":\"fix-rejected\"";

    private final PhoneApi api;
    private final List<Team> teams;
    private final Walk walk;
    private final Options options;
    private final Measurements measurements;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Window window;
    private final long wallStartMillis;

    LoadSchedule(PhoneApi api, List<Team> teams, Walk walk, Options options, Measurements measurements,
            Window window) {
        this.api = api;
        this.window = window;
        this.wallStartMillis = System.currentTimeMillis() - (System.nanoTime() - window.start()) / 1_000_000;
        this.teams = List.copyOf(teams);
        this.walk = walk;
        this.options = options;
        this.measurements = measurements;
    }

    /** Runs the warm-up then the measured part; returns once the requests in flight are answered. */
    void run() {
        long period = options.period().toNanos();
        int count = teams.size();
        for (long turn = 0; ; turn++) {
            long due = window.start() + turn * period / count;
            if (due >= window.end()) {
                break;
            }
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Team team = teams.get((int) (turn % count));
            sendFixes(team, due);
            answerIfAtAStation(team, due);
        }
        long drainEnd = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < drainEnd) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private boolean counted(long due) {
        return window.measures(due);
    }

    private void sendFixes(Team team, long due) {
        boolean counted = counted(due);
        if (!team.sendingFixes.compareAndSet(false, true)) {
            if (counted) {
                measurements.missedBatches.increment();
            }
            return;
        }
        String body = batch(team, due);
        inFlight.incrementAndGet();
        long sent = System.nanoTime();
        if (counted) {
            Measurements.record(measurements.sendLag, sent - due);
        }
        api.post(team.fixesPath, team.token, body).subscribe(reply -> {
            long now = System.nanoTime();
            if (counted) {
                Measurements.record(measurements.fixFromDue, now - due);
                measurements.slowSeconds.record(due - window.measuredFrom(), now - due);
                Measurements.record(measurements.fixFromSend, now - sent);
            }
            if (reply.ok()) {
                recordFixes(team, reply.body(), now, counted);
            } else {
                measurements.failed(counted, "fixes " + reply.status());
            }
            done(team);
        }, error -> {
            measurements.failed(counted, "fixes " + error.getClass().getSimpleName());
            done(team);
        });
    }

    private void recordFixes(Team team, String body, long now, boolean counted) {
        if (counted) {
            measurements.fixRequests.increment();
            measurements.fixesAnswered.add(options.batch());
            measurements.positionsAccepted.add(accepted(body));
            measurements.fixesRejected.add(occurrences(body, REJECTED));
            if (body.contains(VIEW)) {
                measurements.fixAnswersWithView.increment();
            }
        }
        // A batch that changed no view (it only moved the team) answers without one, and the stream sends none.
        Delivery delivery = team.delivery;
        if (delivery != null && body.contains(VIEW)) {
            delivery.responded(sequence(body), now, counted);
        }
    }

    private void done(Team team) {
        team.sendingFixes.set(false);
        inFlight.decrementAndGet();
    }

    /**
     * The batch a phone sends at {@code due}: {@code batch} fixes recorded evenly over the last period, the
     * last one now, each where the walk puts the team plus GPS noise of its accuracy (10 to 30 m).
     */
    private String batch(Team team, long due) {
        int size = options.batch();
        long spacing = options.period().toNanos() / size;
        StringBuilder json = new StringBuilder(64 + 120 * size)
                .append("{\"commandId\":\"fixes-").append(due).append("\",\"fixes\":[");
        for (int k = 0; k < size; k++) {
            long at = due - (long) (size - 1 - k) * spacing;
            double accuracy = 10 + team.random.nextDouble(20);
            LatLon position = walk.offset(walk.at(walkSeconds(team, at)).position(),
                    team.random.nextGaussian() * accuracy / 2, team.random.nextGaussian() * accuracy / 2);
            json.append(k == 0 ? "{" : ",{")
                    .append("\"lat\":").append(position.latitude())
                    .append(",\"lon\":").append(position.longitude())
                    .append(",\"accuracy\":").append(Math.round(accuracy * 10) / 10.0)
                    .append(",\"time\":\"")
                    .append(Instant.ofEpochMilli(wallStartMillis + (at - window.start()) / 1_000_000))
                    .append("\"}");
        }
        return json.append("]}").toString();
    }

    private void answerIfAtAStation(Team team, long due) {
        Walk.Place place = walk.at(walkSeconds(team, due));
        if (place.stop() < 0 || place.visit() == team.answeredVisit
                || place.secondsAtStop() < options.answerAfter().toSeconds()) {
            return;
        }
        SampleCircuit.Stop stop = walk.stop(place.stop());
        if (stop.wrongAnswer() == null || !team.answering.compareAndSet(false, true)) {
            return;
        }
        team.answeredVisit = place.visit();
        boolean counted = counted(due);
        String body = JSON.writeValueAsString(Map.of("commandId", "answer-" + due, "type", "submit-answer",
                "riddle", stop.stationId(), "answer", stop.wrongAnswer()));
        inFlight.incrementAndGet();
        long sent = System.nanoTime();
        api.post(team.commandsPath, team.token, body).subscribe(reply -> {
            long now = System.nanoTime();
            if (counted) {
                Measurements.record(measurements.answers, now - sent);
                if (reply.ok()) {
                    measurements.answered(firstEventType(reply.body()));
                }
            }
            if (!reply.ok()) {
                measurements.failed(counted, "answer " + reply.status());
            }
            Delivery delivery = team.delivery;
            if (reply.ok() && delivery != null) {
                delivery.responded(sequence(reply.body()), now, counted);
            }
            answered(team);
        }, error -> {
            measurements.failed(counted, "answer " + error.getClass().getSimpleName());
            answered(team);
        });
    }

    private void answered(Team team) {
        team.answering.set(false);
        inFlight.decrementAndGet();
    }

    private double walkSeconds(Team team, long nanos) {
        return team.walkOffsetSeconds + (nanos - window.start()) / 1e9;
    }

    /** The response's {@code sequence}, its first field. */
    private static String sequence(String body) {
        int from = body.indexOf(SEQUENCE);
        if (from < 0) {
            return "";
        }
        from += SEQUENCE.length();
        return body.substring(from, body.indexOf('"', from));
    }

    /** A fixes response's {@code accepted} count. */
    private static int accepted(String body) {
        int from = body.indexOf(ACCEPTED);
        if (from < 0) {
            return 0;
        }
        from += ACCEPTED.length();
        int to = from;
        while (to < body.length() && Character.isDigit(body.charAt(to))) {
            to++;
        }
        return Integer.parseInt(body, from, to, 10);
    }

    private static String firstEventType(String body) {
        JsonNode events = JSON.readTree(body).path("events");
        return events.isEmpty() ? "no event" : events.get(0).path("type").asString("no type");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
