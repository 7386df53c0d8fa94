package org.balise.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balise.engine.circuit.model.Progression;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personalised routes for a rally in pairs, made from the circuit's station list read as one tour (the order
 * an organiser walks the points in): route {@code k} of {@code r} starts {@code k·n/r} points further along the
 * tour of {@code n} points and goes all the way round it.
 *
 * <p>Every route visits every point. The offsets are distinct modulo {@code n}, so at each step of the game
 * the routes aim at {@code r} different points and each point holds a different position on every route: pairs
 * walking at a similar pace never queue at the same point. Pure functions, no I/O.
 */
final class RallyRoutes {

    /** Station lists are wrapped in the file at about this width, for reading and for diffs. */
    private static final int LINE_WIDTH = 112;

    private RallyRoutes() {
    }

    /**
     * The {@code count} rotations of {@code tour}, named {@code route-01}, {@code route-02}…
     *
     * @throws IllegalArgumentException unless 1 ≤ count ≤ the number of points (with more routes than points,
     *     two routes would start at the same point)
     */
    static List<Progression.Route> rotations(List<String> tour, int count) {
        int n = tour.size();
        if (count < 1 || count > n) {
            throw new IllegalArgumentException("A tour of " + n + " points makes between 1 and " + n
                    + " routes, not " + count + ".");
        }
        List<Progression.Route> routes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int offset = k * n / count;
            List<String> stations = new ArrayList<>(tour.subList(offset, n));
            stations.addAll(tour.subList(0, offset));
            routes.add(new Progression.Route(String.format(Locale.ROOT, "route-%02d", k + 1), stations));
        }
        return routes;
    }

    /** The routes progression as JSON text, laid out as the value of a top-level property of a circuit file. */
    static String progressionJson(List<Progression.Route> routes) {
        StringBuilder json = new StringBuilder("{\n    \"type\": \"routes\",\n    \"inOrder\": true,\n    \"routes\": [\n");
        for (int k = 0; k < routes.size(); k++) {
            Progression.Route route = routes.get(k);
            json.append("      {\"id\": \"").append(route.id()).append("\", \"stations\": [\n");
            StringBuilder line = new StringBuilder("        ");
            for (int i = 0; i < route.stations().size(); i++) {
                String item = "\"" + route.stations().get(i) + "\"" + (i < route.stations().size() - 1 ? "," : "");
                if (line.length() > 8 && line.length() + 1 + item.length() > LINE_WIDTH) {
                    json.append(line).append('\n');
                    line = new StringBuilder("        ");
                }
                line.append(line.length() > 8 ? " " : "").append(item);
            }
            json.append(line).append("\n      ]}").append(k < routes.size() - 1 ? "," : "").append('\n');
        }
        return json.append("    ]\n  }").toString();
    }

    /**
     * {@code circuitJson} with the value of its top-level {@code progression} property replaced by {@code value},
     * every other character kept.
     *
     * @throws IllegalArgumentException if the file has no top-level object progression
     */
    static String withProgression(String circuitJson, String value) {
        try (JsonParser parser = JsonMapper.shared().createParser(circuitJson)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("A circuit file holds one JSON object.");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
                boolean progression = parser.currentName().equals("progression");
                JsonToken valueToken = parser.nextToken();
                int start = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                if (progression && valueToken == JsonToken.START_OBJECT) {
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    return circuitJson.substring(0, start) + value + circuitJson.substring(end);
                }
            }
        }
        throw new IllegalArgumentException("The circuit file has no progression object.");
    }
}
