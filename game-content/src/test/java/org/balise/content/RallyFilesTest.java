package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rally's routes and route sheets are generated ({@link RallyGenerator}): the committed files must be what the
 * generator makes of the committed station list, or an organiser's edit was not followed by a regeneration.
 */
class RallyFilesTest {

    private static final Path RALLY = Circuits.folder(Circuits.RALLYE);

    @Test
    void theCommittedRoutesAreTheGeneratorsRotationsOfTheStationList() throws IOException {
        String file = Files.readString(RALLY.resolve("circuit.json"), StandardCharsets.UTF_8);

        assertThat(RallyGenerator.regenerated(file)).as("run RallyGenerator after editing the rally's points").isEqualTo(file);
    }

    @Test
    void theCommittedRouteSheetsAreWhatTheGeneratorMakesOfTheCircuit() throws IOException {
        String sheets = Files.readString(RALLY.resolve(RallyGenerator.SHEETS), StandardCharsets.UTF_8);

        assertThat(sheets).as("run RallyGenerator after editing the rally").isEqualTo(RouteSheets.html(Circuits.shipped(Circuits.RALLYE)));
    }

    @Test
    void theSheetsPrintOnePagePerRouteWithEveryPointsOrderTitleAndCoordinates() throws IOException {
        String sheets = Files.readString(RALLY.resolve(RallyGenerator.SHEETS), StandardCharsets.UTF_8);

        assertThat(sheets).contains("@page", ".sheet { break-after: page;");
        assertThat(sheets.split("<section class=\"sheet\">", -1)).hasSize(15 + 1);
        assertThat(sheets.split("<tr><td class=\"number\">", -1)).hasSize(15 * 30 + 1);
        assertThat(sheets).contains("<tr><td class=\"number\">1</td><td>La gare Dijon-Ville <span class=\"translation\""
                + " lang=\"en\">/ Dijon-Ville station</span></td><td class=\"coordinate\">47.32332 *</td>"
                + "<td class=\"coordinate\">5.02716 *</td>");
    }
}
