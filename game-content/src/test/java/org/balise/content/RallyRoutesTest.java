package org.balise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.balise.engine.circuit.model.Progression;
import org.junit.jupiter.api.Test;

class RallyRoutesTest {

    private static final List<String> TOUR = List.of("a", "b", "c", "d", "e", "f");

    @Test
    void eachRouteStartsFurtherAlongTheTourAndGoesAllTheWayRound() {
        List<Progression.Route> routes = RallyRoutes.rotations(TOUR, 3);

        assertThat(routes).extracting(Progression.Route::id).containsExactly("route-01", "route-02", "route-03");
        assertThat(routes).extracting(Progression.Route::stations).containsExactly(
                List.of("a", "b", "c", "d", "e", "f"),
                List.of("c", "d", "e", "f", "a", "b"),
                List.of("e", "f", "a", "b", "c", "d"));
    }

    @Test
    void asManyRoutesAsPointsStartEachAtItsOwnPoint() {
        assertThat(RallyRoutes.rotations(TOUR, 6)).extracting(route -> route.stations().getFirst())
                .containsExactlyElementsOf(TOUR);
    }

    @Test
    void moreRoutesThanPointsAreRefusedSinceTwoWouldStartAtTheSamePoint() {
        assertThatThrownBy(() -> RallyRoutes.rotations(TOUR, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A tour of 6 points makes between 1 and 6 routes, not 7.");
    }

    @Test
    void replacingTheProgressionKeepsEveryOtherCharacterOfTheFile() {
        String file = """
                {
                  "id": "x",
                  "progression": {"type": "free", "note": {"nested": [1, 2]}},
                  "after": "kept"
                }
                """;

        assertThat(RallyRoutes.withProgression(file, "{\"type\": \"linear\"}")).isEqualTo("""
                {
                  "id": "x",
                  "progression": {"type": "linear"},
                  "after": "kept"
                }
                """);
    }

    @Test
    void aFileWithoutProgressionCannotTakeRoutes() {
        assertThatThrownBy(() -> RallyRoutes.withProgression("{\"id\": \"x\", \"stations\": {\"progression\": {}}}", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The circuit file has no progression object.");
    }

    @Test
    void theRoutesAreLaidOutAsTheValueOfATopLevelProperty() {
        assertThat(RallyRoutes.progressionJson(RallyRoutes.rotations(List.of("a", "b"), 2))).isEqualTo("""
                {
                    "type": "routes",
                    "inOrder": true,
                    "routes": [
                      {"id": "route-01", "stations": [
                        "a", "b"
                      ]},
                      {"id": "route-02", "stations": [
                        "b", "a"
                      ]}
                    ]
                  }""");
    }
}
