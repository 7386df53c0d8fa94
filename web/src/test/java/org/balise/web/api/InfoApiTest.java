package org.balise.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
import org.balise.web.circuits.SampleCircuits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

@ExtendWith(RunningBaliseExtension.class)
class InfoApiTest {

    private final RunningBalise balise;
    private WebTestClient play;

    InfoApiTest(RunningBalise balise) {
        this.balise = balise;
    }

    @BeforeEach
    void connectToThePlayDoor() {
        play = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + balise.playPort())
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Test
    void infoNamesTheServerItsDatastoreAndHowManyCircuitsItHolds() {
        long published = catalogue().count().block();

        play.get().uri("/api/info").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.name").isEqualTo("Balise")
                .jsonPath("$.version").isNotEmpty()
                .jsonPath("$.datastore").isEqualTo("embedded")
                .jsonPath("$.circuits").isEqualTo(published);
    }

    @Test
    void theShippedCircuitsAreCountedAsSoonAsBaliseHasStarted() {
        play.get().uri("/api/info").exchange()
                .expectBody().jsonPath("$.circuits").value(Number.class,
                        circuits -> assertThat(circuits.longValue()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void theInfoStreamSendsTheInfoAtOnceAndAgainWhenACircuitIsPublished() {
        long before = catalogue().count().block();
        Flux<ServerSentEvent<ServerInfo>> stream = play.get().uri("/api/info/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<ServerInfo>>() {})
                .getResponseBody();

        StepVerifier.create(stream)
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("info");
                    assertThat(event.data().circuits()).isEqualTo(before);
                })
                .then(() -> catalogue().publish(SampleCircuits.withId("stream-test-" + System.nanoTime(), "1.0.0"),
                        PublishedCircuit.Source.STUDIO).block())
                .assertNext(event -> assertThat(event.data().circuits()).isEqualTo(before + 1))
                .thenCancel()
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void anEndpointThatIsNotPublicIsRefused() {
        play.get().uri("/api/teams/someone-else").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 403));
    }

    @Test
    void thePlayDoorReportsItsHealth() {
        play.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void theBackOfficeDoorReportsItsHealthToo() {
        WebTestClient.bindToServer().baseUrl("http://localhost:" + balise.backOfficePort()).build()
                .get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private CircuitCatalogue catalogue() {
        return balise.shared().getBean(CircuitCatalogue.class);
    }
}
