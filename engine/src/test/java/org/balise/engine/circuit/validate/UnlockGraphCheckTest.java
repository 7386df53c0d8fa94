package org.balise.engine.circuit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balise.engine.circuit.TestCircuits;
import org.balise.engine.circuit.load.LoadResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The unlock graph on circuits built for the case: virtual only, so that stations need no zone. */
class UnlockGraphCheckTest {

    private static Map<String, Object> station(String id, Map<String, Object> requires) {
        Map<String, Object> station = new LinkedHashMap<>(Map.of(
                "id", id,
                "title", Map.of("fr", id),
                "virtual", Map.of("description", Map.of("fr", id), "findOnMap", false),
                "riddle", Map.of("type", "code", "question", Map.of("fr", "?"), "answer", Map.of("digits", "1")),
                "points", 1));
        if (!requires.isEmpty()) {
            station.put("requires", requires);
        }
        return station;
    }

    private static LoadResult load(List<Map<String, Object>> stations) {
        Map<String, Object> circuit = Map.of(
                "id", "graph",
                "version", "1.0.0",
                "title", Map.of("fr", "Graphe"),
                "summary", Map.of("fr", "Graphe"),
                "languages", List.of("fr"),
                "defaultLanguage", "fr",
                "modes", List.of("virtual"),
                "credits", Map.of("authors", List.of("Balise"), "licence", "CC0-1.0"),
                "stations", stations,
                "progression", Map.of("type", "graph"));
        return TestCircuits.LOADER.load(JsonMapper.shared().writeValueAsString(circuit));
    }

    @Test
    void anyNOfLetsAStationOpenThroughEitherBranch() {
        LoadResult result = load(List.of(
                station("depart", Map.of()),
                station("gauche", Map.of("stations", List.of("depart"))),
                station("droite", Map.of("stations", List.of("depart"))),
                station("fin", Map.of("stations", List.of("gauche", "droite", "depart"), "atLeast", 2))));

        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aStationRequiringMoreThanCanBeSolvedIsReportedOnce() {
        LoadResult result = load(List.of(
                station("a", Map.of()),
                station("b", Map.of("stations", List.of("b2"))),
                station("b2", Map.of("stations", List.of("b"))),
                station("c", Map.of("stations", List.of("a", "b"), "atLeast", 2))));

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "ERROR /stations/1/requires: Stations \"b\", \"b2\" require one another in a circle, so none of them"
                        + " can open first: remove one of these requirements.",
                "ERROR /stations/3/requires: This station can never open: not enough of the stations it requires"
                        + " can ever be solved.");
    }

    @Test
    void aLongChainOfRequirementsIsCheckedWithoutExhaustingTheStack() {
        List<Map<String, Object>> chain = new ArrayList<>();
        chain.add(station("s0", Map.of()));
        for (int i = 1; i < 5_000; i++) {
            chain.add(station("s" + i, Map.of("stations", List.of("s" + (i - 1)))));
        }

        assertThat(load(chain)).isInstanceOf(LoadResult.Loaded.class);
    }
}
