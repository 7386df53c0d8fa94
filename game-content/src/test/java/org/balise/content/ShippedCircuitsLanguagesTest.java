package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.CircuitTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Balise ships its circuits in French and English, every text of them. */
class ShippedCircuitsLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {Circuits.FONTAINE, Circuits.BATIMENT, Circuits.RALLYE})
    void everyTextOfTheCircuitIsWrittenInFrenchAndEnglish(String id) {
        Circuit circuit = Circuits.shipped(id);

        assertThat(circuit.languages().declared()).containsExactly("fr", "en");
        assertThat(circuit.languages().defaultLanguage()).isEqualTo("fr");
        assertThat(CircuitTexts.completeness(circuit).missing()).isEmpty();
        assertThat(CircuitTexts.of(circuit)).hasSizeGreaterThan(100);
    }
}
