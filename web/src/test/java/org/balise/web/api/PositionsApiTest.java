package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.geo.LatLon;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.SessionDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/teams/{id}/fixes} on site: what a batch of positions answers, and what the team's stream
 * sends for it. Views show no position, so a batch that only moves the team answers without the view.
 */
@ExtendWith(RunningBaliseExtension.class)
class PositionsApiTest {

    /** About 1 km north of the sample's stations, in Dijon still. */
    private static final LatLon AWAY = new LatLon(47.331, 5.041);

    private final RunningBalise balise;
    private PhoneApiClient phone;
    private JsonNode team;

    PositionsApiTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void aTeamOnSite() {
        phone = new PhoneApiClient(balise);
        SessionDocument session = phone.startedSession(Mode.ON_SITE);
        team = phone.join(session, "Les Chouettes", "fr");
    }

    @Test
    void positionsThatReachNothingAreCountedAndAnsweredWithoutTheView() {
        JsonNode answer = post(batch(PhoneApiClient.newId(), AWAY, 12), false).getResponseBody();

        assertThat(answer.get("accepted").asInt()).isEqualTo(3);
        assertThat(answer.get("events")).isEmpty();
        assertThat(answer.has("view")).isFalse();
        assertThat(answer.get("sequence").asString()).isNotEqualTo(team.get("sequence").asString());
    }

    @Test
    void aRejectedPositionIsToldWithItsReason() {
        Instant now = Instant.now();
        Map<String, Object> body = Map.of("commandId", PhoneApiClient.newId(), "fixes", List.of(
                fix(AWAY, 12, now.minusSeconds(5)), fix(AWAY, 12, now.plusSeconds(3_600))));

        JsonNode answer = post(body, false).getResponseBody();

        assertThat(answer.get("accepted").asInt()).isEqualTo(1);
        assertThat(answer.get("events")).singleElement().satisfies(event -> {
            assertThat(event.get("type").asString()).isEqualTo("fix-rejected");
            assertThat(event.get("reason").asString()).isNotBlank();
        });
        assertThat(answer.has("view")).isFalse();
    }

    @Test
    void positionsThatReachAStationAnswerWithTheArrivalAndTheView() {
        JsonNode answer = post(batch(PhoneApiClient.newId(), insideTheFirstStation(), 8), false).getResponseBody();

        assertThat(answer.get("accepted").asInt()).isEqualTo(3);
        assertThat(answer.get("events")).extracting(event -> event.get("type").asString()).contains("station-arrived");
        assertThat(answer.get("view").get("stations").get(0).get("status").asString()).isEqualTo("REACHED");
        assertThat(answer.get("mediaBase").asString()).startsWith("/api/circuits/sample/");
    }

    @Test
    void aSenderThatAsksForTheViewGetsIt() {
        EntityExchangeResult<JsonNode> exchange = post(batch(PhoneApiClient.newId(), AWAY, 12), true);

        assertThat(exchange.getResponseHeaders().getFirst("Preference-Applied")).isEqualTo("return=representation");
        assertThat(exchange.getResponseBody().get("view").get("teamName").asString()).isEqualTo("Les Chouettes");
        assertThat(exchange.getResponseBody().get("accepted").asInt()).isEqualTo(3);
    }

    @Test
    void aRepeatedBatchAnswersWithTheViewSinceItsFirstAnswerMayHaveBeenLost() {
        Map<String, Object> body = batch(PhoneApiClient.newId(), AWAY, 12);
        post(body, false);

        JsonNode again = post(body, false).getResponseBody();

        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("view").get("teamName").asString()).isEqualTo("Les Chouettes");
    }

    @Test
    void theStreamSendsNoViewForPositionsButSendsTheArrival() throws InterruptedException {
        BlockingQueue<String> sequences = new LinkedBlockingQueue<>();
        Disposable stream = WebClient.create("http://localhost:" + balise.playPort())
                .get().uri("/api/teams/{id}/stream", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .filter(event -> "view".equals(event.event()))
                .subscribe(event -> sequences.add(event.id()));
        try {
            assertThat(sequences.poll(20, TimeUnit.SECONDS)).isEqualTo(team.get("sequence").asString());
            LatLon station = insideTheFirstStation();
            // One fix inside is not yet presence (the station asks for five seconds there).
            JsonNode moved = post(Map.of("commandId", PhoneApiClient.newId(),
                    "fixes", List.of(fix(station, 8, Instant.now().minusSeconds(30)))), false).getResponseBody();
            assertThat(moved.has("view")).as("the first position changed no view").isFalse();
            String arrived = post(batch(PhoneApiClient.newId(), station, 8), false).getResponseBody()
                    .get("sequence").asString();

            assertThat(sequences.poll(20, TimeUnit.SECONDS)).isEqualTo(arrived)
                    .isNotEqualTo(moved.get("sequence").asString());
        } finally {
            stream.dispose();
        }
    }

    private EntityExchangeResult<JsonNode> post(Map<String, Object> body, boolean askForTheView) {
        return phone.http.post().uri("/api/teams/{id}/fixes", team.get("teamId").asString())
                .headers(headers -> {
                    headers.setBearerAuth(team.get("token").asString());
                    if (askForTheView) {
                        headers.add("Prefer", "return=representation");
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult();
    }

    /** Three fixes at {@code place}, five seconds apart, the last one now. */
    private static Map<String, Object> batch(String commandId, LatLon place, double accuracy) {
        Instant now = Instant.now();
        return Map.of("commandId", commandId, "fixes", List.of(fix(place, accuracy, now.minusSeconds(10)),
                fix(place, accuracy, now.minusSeconds(5)), fix(place, accuracy, now)));
    }

    private static Map<String, Object> fix(LatLon place, double accuracy, Instant time) {
        return Map.of("lat", place.latitude(), "lon", place.longitude(), "accuracy", accuracy, "time", time.toString());
    }

    /** The middle of the station the team's view lists first (where its route starts). */
    private LatLon insideTheFirstStation() {
        String stationId = phone.view(team).get("view").get("stations").get(0).get("id").asString();
        Circuit circuit = balise.shared().getBean(CircuitCatalogue.class).circuit("sample", "1.0.0").block();
        return circuit.station(stationId).orElseThrow().zone().interiorPoint();
    }
}
