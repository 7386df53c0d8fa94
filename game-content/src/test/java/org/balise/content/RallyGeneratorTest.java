package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Progression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An organiser swaps in their own points, then regenerates the routes and the route sheets. */
class RallyGeneratorTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return RallyGenerator.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** A copy of the shipped rally whose station list keeps only its first {@code points} points. */
    private static Path rallyWith(Path folder, int points) throws IOException {
        ObjectNode circuit = (ObjectNode) JsonMapper.shared().readTree(
                Files.readString(Circuits.folder(Circuits.RALLYE).resolve("circuit.json"), StandardCharsets.UTF_8));
        ArrayNode stations = (ArrayNode) circuit.get("stations");
        while (stations.size() > points) {
            stations.remove(stations.size() - 1);
        }
        Files.writeString(folder.resolve("circuit.json"), circuit.toPrettyString(), StandardCharsets.UTF_8);
        return folder;
    }

    @Test
    void afterTheStationListChangedTheRoutesAndSheetsFollowIt(@TempDir Path folder) throws IOException {
        rallyWith(folder, 20);

        assertThat(run(folder.toString(), "10")).isZero();

        LoadResult result = Corpus.LOADER.load(Files.readAllBytes(folder.resolve("circuit.json")));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        Circuit circuit = ((LoadResult.Loaded) result).circuit();
        Progression.Routes routes = (Progression.Routes) circuit.progression();
        assertThat(routes.routes()).hasSize(10).allSatisfy(route -> assertThat(route.stations()).hasSize(20));
        assertThat(routes.routes()).extracting(route -> route.stations().getFirst()).doesNotHaveDuplicates();
        assertThat(Files.readString(folder.resolve(RallyGenerator.SHEETS), StandardCharsets.UTF_8))
                .isEqualTo(RouteSheets.html(circuit));
        assertThat(printed.toString(StandardCharsets.UTF_8)).endsWith("written, 10 routes.\n");
    }

    @Test
    void moreRoutesThanPointsAreRefusedAndNothingIsWritten(@TempDir Path folder) throws IOException {
        rallyWith(folder, 12);
        String before = Files.readString(folder.resolve("circuit.json"), StandardCharsets.UTF_8);

        assertThat(run(folder.toString(), "15")).isEqualTo(2);

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("A tour of 12 points makes between 1 and 12 routes, not 15.");
        assertThat(Files.readString(folder.resolve("circuit.json"), StandardCharsets.UTF_8)).isEqualTo(before);
        assertThat(folder.resolve(RallyGenerator.SHEETS)).doesNotExist();
    }

    @Test
    void aCircuitTheEngineRejectsIsNotWritten(@TempDir Path folder) throws IOException {
        rallyWith(folder, 20);
        String broken = Files.readString(folder.resolve("circuit.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"radius\" : 25", "\"radius\" : -1");
        Files.writeString(folder.resolve("circuit.json"), broken, StandardCharsets.UTF_8);

        assertThat(run(folder.toString())).isEqualTo(1);

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ERROR /stations/0/zone/radius");
        assertThat(Files.readString(folder.resolve("circuit.json"), StandardCharsets.UTF_8)).isEqualTo(broken);
    }
}
