package org.balise.web.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.play.GameRules;
import org.balise.engine.play.GameStatus;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.circuits.PublishedCircuit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every circuit Balise ships is offered at start, and a session of it starts in either mode. */
@ExtendWith(RunningBaliseExtension.class)
class ShippedCircuitsSessionsTest {

    private final RunningBalise balise;

    ShippedCircuitsSessionsTest(RunningBalise balise) {
        this.balise = balise;
    }

    @ParameterizedTest
    @CsvSource({
            "fontaine-des-metiers, ON_SITE", "fontaine-des-metiers, VIRTUAL",
            "batiment-intelligent, ON_SITE", "batiment-intelligent, VIRTUAL",
            "rallye, ON_SITE", "rallye, VIRTUAL",
            "sample, ON_SITE", "sample, VIRTUAL"})
    void aTeacherStartsASessionOfAShippedCircuitInEitherMode(String circuitId, Mode mode) {
        CircuitCatalogue catalogue = balise.shared().getBean(CircuitCatalogue.class);
        GameSessions games = balise.shared().getBean(GameSessions.class);
        PublishedCircuit shipped = catalogue.all()
                .filter(circuit -> circuit.circuitId().equals(circuitId))
                .filter(circuit -> circuit.source() == PublishedCircuit.Source.SHIPPED)
                .blockFirst();
        assertThat(shipped).as("%s is published at start", circuitId).isNotNull();

        SessionDocument session = games.create("teacher-shipped",
                new SessionSettings(circuitId, shipped.version(), mode, List.of(), GameRules.DEFAULT, false, true))
                .block();
        games.start(session.id()).block();

        assertThat(session.languages()).containsExactlyInAnyOrder("fr", "en");
        assertThat(games.state(session).block().clock().status(java.time.Instant.now())).isEqualTo(GameStatus.RUNNING);
        assertThat(games.join(session.joinCode(), "Équipe " + mode, "en").block().outcome().view().stations())
                .isNotEmpty();
    }
}
