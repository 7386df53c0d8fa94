package org.balise.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.load.LoadResult;
import org.balise.engine.circuit.validate.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates a rally's routes and route sheets after its points changed: reads {@code circuit.json} in the
 * circuit's folder, replaces its progression by {@link RallyRoutes#rotations} of the station list (as many routes
 * as the file had, or the number given), checks the result with the engine, then writes {@code circuit.json}
 * and {@code route-sheets.html}. Nothing is written if the engine finds an error. See game-content/README.md.
 *
 * <p>{@code java … org.balise.content.RallyGenerator [circuit-folder] [routes]}; the folder defaults to the
 * shipped rally. Exit code 0 when written, 1 when the circuit has errors, 2 when the command is wrong.
 */
public final class RallyGenerator {

    static final Path SHIPPED_RALLY = Corpus.SHIPPED.resolve("rallye");
    static final String SHEETS = "route-sheets.html";

    private RallyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(List.of(args), System.out));
    }

    static int run(List<String> args, PrintStream out) throws IOException {
        Path folder = args.isEmpty() ? SHIPPED_RALLY : Path.of(args.getFirst());
        Path json = folder.resolve("circuit.json");
        if (!Files.isRegularFile(json) || args.size() > 2) {
            out.println("Usage: RallyGenerator [circuit-folder] [number-of-routes]; " + json + " is not a file.");
            return 2;
        }
        String file = Files.readString(json, StandardCharsets.UTF_8);
        String regenerated;
        try {
            regenerated = args.size() == 2 ? regenerated(file, Integer.parseInt(args.get(1))) : regenerated(file);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        LoadResult result = Corpus.LOADER.load(regenerated);
        if (!(result instanceof LoadResult.Loaded loaded)) {
            result.problems().stream().filter(Problem::isError).forEach(out::println);
            out.println(json + ": not written, the engine finds errors in the regenerated circuit.");
            return 1;
        }
        Files.writeString(json, regenerated, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(SHEETS), RouteSheets.html(loaded.circuit()), StandardCharsets.UTF_8);
        out.println(json + " and " + folder.resolve(SHEETS) + ": written, " + routeCount(regenerated) + " routes.");
        return 0;
    }

    /** The file with its routes regenerated, keeping the number of routes it has (15 when it has none). */
    static String regenerated(String file) {
        int existing = routeCount(file);
        return regenerated(file, existing > 0 ? existing : 15);
    }

    /** The file with {@code routes} routes made from its station list. */
    static String regenerated(String file, int routes) {
        return RallyRoutes.withProgression(file, RallyRoutes.progressionJson(RallyRoutes.rotations(stationIds(file), routes)));
    }

    private static List<String> stationIds(String file) {
        List<String> ids = new ArrayList<>();
        JsonMapper.shared().readTree(file).path("stations").forEach(station -> ids.add(station.path("id").asString()));
        return ids;
    }

    private static int routeCount(String file) {
        JsonNode routes = JsonMapper.shared().readTree(file).path("progression").path("routes");
        return routes.isArray() ? routes.size() : 0;
    }
}
