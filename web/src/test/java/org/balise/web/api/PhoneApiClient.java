package org.balise.web.api;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;
import org.balise.web.RunningBalise;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.SessionSettings;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Drives the phone API as a phone would, over HTTP, against a running Balise. */
final class PhoneApiClient {

    final WebTestClient http;
    private final RunningBalise balise;

    PhoneApiClient(RunningBalise balise) {
        this.balise = balise;
        this.http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + balise.playPort())
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** A started session of the shipped sample circuit, as a teacher would open it from the back-office. */
    SessionDocument startedSession(Mode mode) {
        GameSessions games = balise.shared().getBean(GameSessions.class);
        SessionDocument session = games.create("teacher-test",
                new SessionSettings("sample", "1.0.0", mode, java.util.List.of(), GameRules.DEFAULT, false, false))
                .block();
        games.start(session.id()).block();
        return session;
    }

    /** Joins as a new team and answers {@code {teamId, token, ...}}. */
    JsonNode join(SessionDocument session, String teamName, String language) {
        return http.post().uri("/api/join").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("joinCode", session.joinCode(), "teamName", teamName, "language", language))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode command(JsonNode team, Map<String, Object> command) {
        return http.post().uri("/api/teams/{id}/commands", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(command)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode view(JsonNode team) {
        return http.get().uri("/api/teams/{id}", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
