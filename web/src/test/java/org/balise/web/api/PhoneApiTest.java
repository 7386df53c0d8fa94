package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.balise.engine.circuit.model.Mode;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.game.SessionDocument;
import org.balise.web.store.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The phone API's rules: who may call what, what is too big, too fast or malformed, and idempotency. */
@ExtendWith(RunningBaliseExtension.class)
class PhoneApiTest {

    private final RunningBalise balise;
    private PhoneApiClient phone;
    private SessionDocument session;

    PhoneApiTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void aRunningVirtualSession() {
        phone = new PhoneApiClient(balise);
        session = phone.startedSession(Mode.VIRTUAL);
    }

    @Test
    void aTeamJoinsWithTheJoinCodeAndGetsItsTokenAndView() {
        JsonNode joined = phone.join(session, "Les Hiboux", "fr");

        assertThat(joined.get("token").asString()).hasSizeGreaterThan(30);
        assertThat(joined.get("view").get("teamName").asString()).isEqualTo("Les Hiboux");
        assertThat(joined.get("view").get("language").asString()).isEqualTo("fr");
        assertThat(joined.get("mediaBase").asString()).isEqualTo("/api/circuits/sample/1.0.0/media/");
        JsonNode area = joined.get("area");
        assertThat(area.get("south").asDouble()).isBetween(47.30, 47.33);
        assertThat(area.get("north").asDouble()).isGreaterThan(area.get("south").asDouble());
        assertThat(area.get("west").asDouble()).isBetween(5.0, 5.05);
        assertThat(area.get("east").asDouble()).isGreaterThan(area.get("west").asDouble());
    }

    @Test
    void theJoinCodeShowsTheCircuitAndItsLanguagesBeforeJoining() {
        phone.http.get().uri("/api/sessions/{code}", session.joinCode().toLowerCase()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.circuitTitle.en").isEqualTo("The dukes' secrets")
                .jsonPath("$.languages[0]").isEqualTo("fr")
                .jsonPath("$.mode").isEqualTo("VIRTUAL")
                .jsonPath("$.status").isEqualTo("RUNNING");
    }

    @Test
    void anUnknownJoinCodeIsAProblemOfItsOwnType() {
        phone.http.post().uri("/api/join").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("joinCode", "ZZZZZZ", "teamName", "Perdus", "language", "fr"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unknown-join-code");
    }

    @Test
    void twoTeamsOfASessionCannotShareAName() {
        phone.join(session, "Les Renards", "fr");

        phone.http.post().uri("/api/join").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("joinCode", session.joinCode(), "teamName", "les renards", "language", "en"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/team-name-taken");
    }

    @Test
    void aLanguageTheSessionDoesNotOfferIsRefused() {
        phone.http.post().uri("/api/join").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("joinCode", session.joinCode(), "teamName", "Die Füchse", "language", "de"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unsupported-language");
    }

    @Test
    void withoutATokenATeamsDataIsClosed() {
        JsonNode team = phone.join(session, "Sans Clé", "fr");

        phone.http.get().uri("/api/teams/{id}", team.get("teamId").asString()).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/unauthenticated");
    }

    @Test
    void anotherTeamsTokenDoesNotOpenThisTeam() {
        JsonNode mine = phone.join(session, "Nous", "fr");
        JsonNode theirs = phone.join(session, "Eux", "fr");

        phone.http.get().uri("/api/teams/{id}", mine.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(theirs.get("token").asString()))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("/problems/forbidden");
    }

    @Test
    void tooManyFixesInOneBatchAreRefusedAsTooLarge() {
        JsonNode team = phone.join(session, "Bavards", "fr");
        List<Map<String, Object>> fixes = IntStream.range(0, TeamHandler.MAX_FIXES + 1)
                .mapToObj(i -> Map.<String, Object>of("lat", 47.32, "lon", 5.04, "accuracy", 10,
                        "time", Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i).toString()))
                .toList();

        phone.http.post().uri("/api/teams/{id}/fixes", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("commandId", PhoneApiClient.newId(), "fixes", fixes))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/payload-too-large");
    }

    @Test
    void aMalformedCommandIsAnInvalidRequestThatSaysWhy() {
        JsonNode team = phone.join(session, "Pressés", "fr");

        phone.http.post().uri("/api/teams/{id}/commands", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("commandId", PhoneApiClient.newId(), "type", "tap-map", "lat", 47.3))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/invalid-request")
                .jsonPath("$.detail").isEqualTo("lon is a number.");
    }

    @Test
    void aCommandSentThreeTimesIsAppliedOnce() {
        JsonNode team = phone.join(session, "Les Échos", "fr");
        String station = firstStationId(team);
        Map<String, Object> answer = Map.of("commandId", "same-answer-1", "type", "submit-answer",
                "riddle", station, "answer", Map.of("text", "certainly wrong"));

        phone.command(team, answer);
        phone.command(team, answer);
        phone.command(team, answer);

        EventStore store = balise.shared().getBean(EventStore.class);
        long commits = store.read("team:" + team.get("teamId").asString(), 0)
                .filter(commit -> commit.commandId().equals("same-answer-1")).count().block();
        assertThat(commits).isEqualTo(1);
    }

    @Test
    void answeringTooFastIsRateLimited() {
        JsonNode team = phone.join(session, "Mitrailleurs", "fr");
        String station = firstStationId(team);
        for (int i = 0; i < org.balise.web.security.RateLimits.Limit.ANSWER.burst(); i++) {
            phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type", "submit-answer",
                    "riddle", station, "answer", Map.of("text", "guess " + i)));
        }

        phone.http.post().uri("/api/teams/{id}/commands", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("commandId", PhoneApiClient.newId(), "type", "submit-answer", "riddle", station,
                        "answer", Map.of("text", "one more")))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectBody()
                .jsonPath("$.type").isEqualTo("/problems/rate-limited")
                .jsonPath("$.retryAfterSeconds").isNumber();
    }

    @Test
    void aTeamInvitesItsOtherPhonesWithAQrCode() {
        JsonNode team = phone.join(session, "Photographes", "fr");

        byte[] png = phone.http.get().uri("/api/teams/{id}/invite.png", team.get("teamId").asString())
                .headers(headers -> headers.setBearerAuth(team.get("token").asString()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aCircuitsMediaAreServedWithLongCaching() {
        phone.http.get().uri("/api/circuits/sample/1.0.0/media/cover").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*immutable.*");
    }

    @Test
    void whereATeamWalkedIsNotStoredUnlessItsSessionAsksForIt() {
        JsonNode team = phone.join(session, "Discrets", "fr");
        String teamId = team.get("teamId").asString();
        phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type", "tap-map",
                "lat", 47.3215, "lon", 5.0412, "accuracy", 5));
        phone.command(team, Map.of("commandId", PhoneApiClient.newId(), "type", "submit-answer",
                "riddle", firstStationId(team), "answer", Map.of("text", "rien")));

        org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo =
                balise.shared().getBean(org.springframework.data.mongodb.core.ReactiveMongoTemplate.class);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.findById(teamId, org.bson.Document.class, "teams").block().getString("snapshot"))
                        .as("a snapshot was saved").isNotNull());
        String snapshot = mongo.findById(teamId, org.bson.Document.class, "teams").block().getString("snapshot");
        assertThat(snapshot).doesNotContain("47.3215").doesNotContain("5.0412");
        assertThat(mongo.getCollection("positions").flatMapMany(c -> c.countDocuments()).blockLast()).isZero();
    }

    @Test
    void eachProblemTypeLeadsToAPageThatExplainsIt() {
        phone.http.get().uri("/problems/rate-limited").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page).contains("Too many requests"));
    }

    private String firstStationId(JsonNode team) {
        return team.get("view").get("stations").get(0).get("id").asString();
    }
}
