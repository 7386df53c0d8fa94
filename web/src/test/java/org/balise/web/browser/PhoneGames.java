package org.balise.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.geo.LatLon;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.MessageKind;
import org.balise.web.RunningBalise;
import org.balise.web.game.GameSessions;
import org.balise.web.game.SessionDocument;
import org.balise.web.game.SessionSettings;
import org.balise.web.store.Commit;
import org.balise.web.store.EventStore;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The teacher's side of a browser test, and the server's word on what happened: sessions of the shipped
 * sample circuit, teams joined beforehand (the sample's rotation starts the n-th team at its n-th station),
 * messages, and a team's view and stored commits.
 */
final class PhoneGames {

    /** Where the sample circuit's stations are: a point inside each zone. */
    static final Map<String, LatLon> SAMPLE_STATIONS = Map.of(
            "liberation", new LatLon(47.32150, 5.04150),
            "tour", new LatLon(47.3224, 5.0413),
            "chouette", new LatLon(47.3225, 5.0422),
            "rude", new LatLon(47.3220, 5.0396),
            "saint-benigne", new LatLon(47.3217, 5.0349),
            "darcy", new LatLon(47.3224, 5.03175));

    /** The sample's rotation: team n starts at station n. */
    static final List<String> SAMPLE_LOOP = List.of("liberation", "tour", "chouette", "rude", "saint-benigne", "darcy");

    private final RunningBalise balise;
    private final GameSessions games;
    private final WebTestClient http;

    PhoneGames(RunningBalise balise) {
        this.balise = balise;
        this.games = balise.shared().getBean(GameSessions.class);
        this.http = WebTestClient.bindToServer().baseUrl("http://localhost:" + balise.playPort())
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    /** A running session of the sample circuit, whose next team to join starts at {@code firstStation}. */
    SessionDocument running(Mode mode, String firstStation) {
        SessionDocument session = games.create("teacher-browser-test",
                new SessionSettings("sample", "1.0.0", mode, List.of(), GameRules.DEFAULT, false, false)).block();
        games.start(session.id()).block();
        for (int i = 0; i < SAMPLE_LOOP.indexOf(firstStation); i++) {
            games.join(session.joinCode(), "Earlier team " + i, "fr").block();
        }
        return session;
    }

    void broadcast(SessionDocument session, MessageKind kind, String text) {
        games.broadcast(session.id(), kind, text, "teacher-browser-test").block();
    }

    /** The team's view as the server has it now. */
    JsonNode view(JsonNode team) {
        return http.get().uri("/api/teams/{id}", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("view");
    }

    JsonNode station(JsonNode team, String stationId) {
        for (JsonNode station : view(team).get("stations")) {
            if (station.get("id").asString().equals(stationId)) {
                return station;
            }
        }
        throw new AssertionError("The team's view has no station " + stationId);
    }

    /** The team's stored commits that hold an event of this type (an answer judged, a hint taken...). */
    List<Commit> commitsWith(JsonNode team, String eventType) {
        EventStore store = balise.shared().getBean(EventStore.class);
        return store.read("team:" + team.get("teamId").asString(), 0).collectList().block().stream()
                .filter(commit -> commit.events().stream().anyMatch(event -> event.type().equals(eventType)))
                .toList();
    }

    static String uniqueName(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 4);
    }
}
