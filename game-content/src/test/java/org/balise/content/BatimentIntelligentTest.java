package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Mode;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Proof;
import org.balise.engine.circuit.model.Station;
import org.junit.jupiter.api.Test;

/** À la découverte du bâtiment intelligent: fifteen indoor riddles whose clues build the campus. */
class BatimentIntelligentTest {

    private static final Circuit CIRCUIT = Circuits.shipped(Circuits.BATIMENT);

    @Test
    void itIsPlayedInTheBuildingAndOnTheMapInFrenchAndEnglishInAnyOrder() {
        assertThat(CIRCUIT.modes()).containsExactlyInAnyOrder(Mode.ON_SITE, Mode.VIRTUAL);
        assertThat(CIRCUIT.languages().declared()).containsExactly("fr", "en");
        assertThat(CIRCUIT.progression()).isInstanceOf(Progression.Free.class);
    }

    @Test
    void fifteenIndoorStationsAreEachProvenByTheirOwnQrCodeOrOnSiteCode() {
        assertThat(CIRCUIT.stations()).hasSize(15).allSatisfy(station -> {
            assertThat(station.zone()).as("GPS does not work indoors").isNull();
            assertThat(station.fallbackProofs().getFirst()).isInstanceOfAny(Proof.QrCode.class, Proof.OnSiteCode.class);
            assertThat(station.virtual().findOnMap()).isFalse();
        });
        List<String> codes = new ArrayList<>();
        for (Station station : CIRCUIT.stations()) {
            switch (station.fallbackProofs().getFirst()) {
                case Proof.QrCode qr -> codes.add(qr.value());
                case Proof.OnSiteCode code -> codes.add(code.code());
                case Proof.TeacherUnlock ignored -> { }
            }
        }
        assertThat(codes).doesNotHaveDuplicates().hasSize(15);
        assertThat(CIRCUIT.stations()).filteredOn(s -> s.fallbackProofs().getFirst() instanceof Proof.OnSiteCode).isNotEmpty();
    }

    @Test
    void everySolvedRiddleGivesAClueAndTenOfTheFifteenBuildTheCampus() {
        assertThat(CIRCUIT.stations()).allSatisfy(station -> assertThat(station.rewards().clue()).isNotNull());
        assertThat(CIRCUIT.finalRiddle().clues())
                .containsExactlyElementsOf(CIRCUIT.stations().stream().map(s -> s.rewards().clue().id()).toList());
        assertThat(CIRCUIT.finalRiddle().cluesNeeded()).isEqualTo(10);
        assertThat(CIRCUIT.finalRiddle().riddle().kind()).isEqualTo("ordering");
    }

    @Test
    void theRiddlesAreOfEveryKind() {
        Set<String> kinds = new HashSet<>();
        for (Station station : CIRCUIT.stations()) {
            kinds.add(station.riddle().kind());
            if (station.virtualRiddle() != null) {
                kinds.add(station.virtualRiddle().kind());
            }
        }
        kinds.add(CIRCUIT.finalRiddle().riddle().kind());

        assertThat(kinds).containsExactlyInAnyOrder("text", "number", "single-choice", "multiple-choice", "ordering",
                "code", "location-only", "photo");
    }

    @Test
    void theTradesOfTheSmartBuildingComeWithTheirOnisepTrainingPaths() {
        assertThat(CIRCUIT.trades()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(OnisepTrades::assertCredited);
    }
}
