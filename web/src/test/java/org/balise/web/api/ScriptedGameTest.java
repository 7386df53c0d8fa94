package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.team.ApprovePhoto;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * A whole game through the HTTP API alone: join, move (map taps in the virtual mode), take a hint, answer
 * wrong then right, send a photo, finish; while a second phone of the team follows every step on the
 * Server-Sent Events stream within a second.
 */
@ExtendWith(RunningBaliseExtension.class)
class ScriptedGameTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    private final RunningBalise balise;

    ScriptedGameTest(RunningBalise balise) {
        this.balise = balise;
    }

    @Test
    void aTeamPlaysTheSampleToTheEndOverHttpAndItsSecondPhoneSeesEveryStep() throws Exception {
        PhoneApiClient phone = new PhoneApiClient(balise);
        SessionDocument session = phone.startedSession(Mode.VIRTUAL);
        Circuit circuit = balise.shared().getBean(CircuitCatalogue.class).circuit("sample", "1.0.0").block();
        JsonNode team = phone.join(session, "Les Ducs", "en");
        String teamId = team.get("teamId").asString();
        SecondPhone second = SecondPhone.follow(balise, team);
        try {
            second.awaitView(team.get("sequence").asString());
            boolean tookAHint = false;
            boolean answeredWrong = false;
            for (int step = 0; step < 2 * circuit.stations().size() && !phone.view(team).get("view").get("finished").asBoolean(); step++) {
                JsonNode view = phone.view(team).get("view");
                JsonNode target = firstWithStatus(view, "TO_REACH");
                JsonNode reached = firstWithStatus(view, "REACHED");
                if (reached == null && target != null) {
                    JsonNode moved = arrive(phone, team, target, circuit);
                    second.awaitView(moved.get("sequence").asString());
                    continue;
                }
                if (reached == null) {
                    break;
                }
                Station station = circuit.station(reached.get("id").asString()).orElseThrow();
                String riddle = station.id();
                if (!tookAHint && reached.get("hints").size() > 0) {
                    JsonNode hinted = phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type",
                            "take-hint", "riddle", riddle, "hintId", reached.get("hints").get(0).get("id").asString()));
                    tookAHint = hinted.get("events").get(0).get("type").asString().equals("hint-taken");
                    second.awaitView(hinted.get("sequence").asString());
                }
                Map<String, Object> answer = Answers.rightAnswer(station.riddleIn(Mode.VIRTUAL), reached.get("riddle"), "en");
                if (answer != null) {
                    if (!answeredWrong && answer.containsKey("text")) {
                        JsonNode wrong = phone.command(team, Map.of("commandId", PhoneApiClient.newId(),
                                "type", "submit-answer", "riddle", riddle, "answer", Map.of("text", "zzzz")));
                        answeredWrong = wrong.get("events").get(0).get("type").asString().equals("wrong-answer-given");
                    }
                    JsonNode right = phone.command(team, Map.of("commandId", PhoneApiClient.newId(),
                            "type", "submit-answer", "riddle", riddle, "answer", answer));
                    second.awaitView(right.get("sequence").asString());
                } else if ("photo".equals(reached.get("riddle").get("kind").asString())) {
                    sendAPhotoTheTeacherApproves(phone, team, riddle);
                }
            }

            JsonNode end = phone.view(team).get("view");
            assertThat(tookAHint).as("a hint was taken").isTrue();
            assertThat(answeredWrong).as("a wrong answer was refused").isTrue();
            assertThat(end.get("stationsSolved").asInt()).isEqualTo(end.get("stationsOnRoute").asInt());
            if (end.get("finalRiddle") != null && !end.get("finalRiddle").isNull()) {
                JsonNode finalView = end.get("finalRiddle");
                Map<String, Object> answer = Answers.rightAnswer(circuit.finalRiddle().riddle(), finalView.get("riddle"), "en");
                JsonNode solved = phone.command(team, Map.of("commandId", PhoneApiClient.newId(),
                        "type", "submit-answer", "riddle", "#final", "answer", answer));
                second.awaitView(solved.get("sequence").asString());
            }
            JsonNode finished = phone.view(team);
            assertThat(finished.get("view").get("finished").asBoolean()).as("the team finished").isTrue();
            assertThat(finished.get("view").get("score").asInt()).isPositive();
            second.awaitView(finished.get("sequence").asString());
        } finally {
            second.stop();
        }
        assertThat(teamId).isNotBlank();
    }

    /** In the virtual mode a team finds the place on the map (the test knows where it is) or opens it. */
    private static JsonNode arrive(PhoneApiClient phone, JsonNode team, JsonNode station, Circuit circuit) {
        if (station.get("findOnMap").asBoolean()) {
            LatLon inside = circuit.station(station.get("id").asString()).orElseThrow().zone().interiorPoint();
            return phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type", "tap-map",
                    "lat", inside.latitude(), "lon", inside.longitude(), "accuracy", 5));
        }
        return phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type", "open-station",
                "stationId", station.get("id").asString()));
    }

    private void sendAPhotoTheTeacherApproves(PhoneApiClient phone, JsonNode team, String riddle) {
        byte[] png = InviteHandler.png("a photo of the station");
        JsonNode uploaded = phone.http.post().uri("/api/teams/{id}/photos", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .contentType(MediaType.IMAGE_PNG)
                .bodyValue(png)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String photoId = uploaded.get("photoId").asString();
        phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type", "submit-photo", "riddle", riddle,
                "photoId", photoId));
        GameSessions games = balise.shared().getBean(GameSessions.class);
        games.play(games.team(team.get("teamId").asString()).block(),
                new ApprovePhoto(PhoneApiClient.newId(), riddle, photoId, "teacher-test")).block();
    }

    private static JsonNode firstWithStatus(JsonNode view, String status) {
        for (JsonNode station : view.get("stations")) {
            if (station.get("status").asString().equals(status)) {
                return station;
            }
        }
        return null;
    }

    /** The team's second phone: it only listens to the stream. */
    private record SecondPhone(BlockingQueue<String> sequences, Disposable subscription,
            java.util.concurrent.atomic.AtomicReference<String> latest) {

        static SecondPhone follow(RunningBalise balise, JsonNode team) {
            BlockingQueue<String> sequences = new LinkedBlockingQueue<>();
            Disposable subscription = WebClient.create("http://localhost:" + balise.playPort())
                    .get().uri("/api/teams/{id}/stream", team.get("teamId").asString())
                    .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .retrieve()
                    .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
                    .filter(event -> "view".equals(event.event()))
                    .subscribe(event -> sequences.add(event.id()));
            return new SecondPhone(sequences, subscription, new java.util.concurrent.atomic.AtomicReference<>("0.0.0"));
        }

        /** Waits until the stream has delivered the view at this sequence (or a later one). */
        void awaitView(String sequence) throws InterruptedException {
            if (latest.get().equals(sequence) || later(latest.get(), sequence)) {
                return;
            }
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (true) {
                String seen = sequences.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (seen == null) {
                    throw new AssertionError("the second phone did not see view " + sequence + " within " + WITHIN);
                }
                latest.set(seen);
                if (seen.equals(sequence) || later(seen, sequence)) {
                    return;
                }
            }
        }

        private static boolean later(String seen, String wanted) {
            List<Long> a = java.util.Arrays.stream(seen.split("\\.")).map(Long::parseLong).toList();
            List<Long> b = java.util.Arrays.stream(wanted.split("\\.")).map(Long::parseLong).toList();
            return a.get(0) >= b.get(0) && a.get(1) >= b.get(1) && a.get(2) >= b.get(2) && !a.equals(b);
        }

        void stop() {
            subscription.dispose();
        }
    }
}
