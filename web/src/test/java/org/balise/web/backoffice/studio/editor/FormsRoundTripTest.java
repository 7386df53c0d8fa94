package org.balise.web.backoffice.studio.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.balise.engine.circuit.validate.Pointer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening every form over a shipped circuit, without touching anything, leaves it as it was. */
class FormsRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample", "fontaine-des-metiers", "batiment-intelligent", "rallye"})
    void renderingEveryFormOverAShippedCircuitChangesNothing(String circuit) throws IOException {
        String json = shipped(circuit);

        Editing editing = Editing.of(json, context -> {
            CircuitNames names = CircuitNames.of(context.draft());
            VerticalLayout all = new VerticalLayout();
            int stations = context.draft().get(Pointer.root().at("stations")).size();
            for (int k = 0; k < stations; k++) {
                Pointer station = Pointer.root().at("stations").at(k);
                all.add(new RiddleForm(context, station.at("riddle"), names.mediaIds()));
                if (context.draft().get(station.at("virtualRiddle")).isObject()) {
                    all.add(new RiddleForm(context, station.at("virtualRiddle"), names.mediaIds()));
                }
                all.add(new HintsForm(context, station.at("hints")),
                        new RewardsForm(context, station.at("rewards"), names.tradeIds()));
            }
            all.add(new TradesForm(context), new FinalRiddleForm(context, names.clueIds(), names.mediaIds()));
            return all;
        });

        assertThat(editing.draft.root()).isEqualTo(Editing.parse(json));
        assertThat(editing.changes()).isZero();
        assertThat(editing.registry.fieldFor("/stations/0/riddle/question/en")).isPresent();
    }

    private static String shipped(String circuit) throws IOException {
        try (InputStream in = FormsRoundTripTest.class.getResourceAsStream("/circuits/" + circuit + "/circuit.json")) {
            assertThat(in).as(circuit).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
