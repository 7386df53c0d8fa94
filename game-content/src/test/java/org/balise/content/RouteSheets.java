package org.balise.content;

import java.util.List;
import java.util.Locale;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Progression;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.balise.engine.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The printable route sheets of a routes circuit: one HTML page per route (the print style breaks the page
 * after each), listing each point's order on the route, its title in every language of the circuit and the
 * coordinates of its zone's centre, with a box for the organiser's stamp. Estimated coordinates are starred.
 *
 * <p>Deterministic: the same circuit always gives the same text, so the committed sheets can be compared with
 * a fresh generation. Pure function, no I/O.
 */
final class RouteSheets {

    private RouteSheets() {
    }

    /**
     * The route sheets of {@code circuit}.
     *
     * @throws IllegalArgumentException if the circuit's progression is not made of routes
     */
    static String html(Circuit circuit) {
        if (!(circuit.progression() instanceof Progression.Routes routes)) {
            throw new IllegalArgumentException("Circuit " + circuit.id() + " has no routes to print.");
        }
        List<String> languages = circuit.languages().declared();
        String title = escape(all(circuit.title(), languages));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(circuit.languages().defaultLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append("</title>\n")
                .append("<style>\n")
                .append("  @page { size: A4 portrait; margin: 12mm; }\n")
                .append("  body { font-family: sans-serif; font-size: 9.5pt; color: #111; margin: 0; }\n")
                .append("  .sheet { break-after: page; page-break-after: always; }\n")
                .append("  .sheet:last-child { break-after: auto; page-break-after: auto; }\n")
                .append("  h1 { font-size: 14pt; margin: 0 0 2mm; }\n")
                .append("  p { margin: 0 0 3mm; }\n")
                .append("  table { width: 100%; border-collapse: collapse; }\n")
                .append("  th, td { border: 1px solid #666; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }\n")
                .append("  td.number, td.coordinate { white-space: nowrap; font-variant-numeric: tabular-nums; }\n")
                .append("  td.stamp { width: 20mm; }\n")
                .append("  .translation { color: #555; }\n")
                .append("  .note { margin-top: 2mm; font-size: 8.5pt; }\n")
                .append("  @media screen { body { max-width: 190mm; margin: 8mm auto; }"
                        + " .sheet { border-bottom: 2px dashed #999; padding-bottom: 8mm; margin-bottom: 8mm; } }\n")
                .append("</style>\n</head>\n<body>\n");
        for (Progression.Route route : routes.routes()) {
            html.append("<section class=\"sheet\">\n")
                    .append("<h1>").append(title).append("</h1>\n")
                    .append("<p>Feuille de route / Route sheet <strong>").append(escape(route.id()))
                    .append("</strong> — Binôme / Pair : ______________________________</p>\n")
                    .append("<table>\n<thead><tr><th>N°</th><th>Balise / Point</th><th>Latitude</th>")
                    .append("<th>Longitude</th><th>Visa</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < route.stations().size(); i++) {
                Station station = circuit.station(route.stations().get(i)).orElseThrow();
                @Nullable LatLon centre = centre(station.zone());
                String estimate = station.zone() != null && !station.surveyed() ? " *" : "";
                html.append("<tr><td class=\"number\">").append(i + 1).append("</td><td>")
                        .append(titles(station.title(), languages)).append("</td><td class=\"coordinate\">")
                        .append(centre == null ? "—" : degrees(centre.latitude()) + estimate)
                        .append("</td><td class=\"coordinate\">")
                        .append(centre == null ? "—" : degrees(centre.longitude()) + estimate)
                        .append("</td><td class=\"stamp\"></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n")
                    .append("<p class=\"note\">Coordonnées WGS84 en degrés décimaux (centre de la zone de chaque balise) ; * coordonnées "
                            + "estimées, à relever sur place avant de jouer. / WGS84 coordinates in decimal degrees (centre"
                            + " of each point's zone); * estimated coordinates, to survey on site before playing.</p>\n")
                    .append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** A circle's centre, or the mean of a polygon's corners; null for a station without a zone. */
    private static @Nullable LatLon centre(@Nullable Zone zone) {
        return switch (zone) {
            case Zone.Circle circle -> circle.centre();
            case Zone.Polygon polygon -> {
                List<LatLon> corners = polygon.outerRing().subList(1, polygon.outerRing().size());
                yield new LatLon(corners.stream().mapToDouble(LatLon::latitude).average().orElseThrow(),
                        corners.stream().mapToDouble(LatLon::longitude).average().orElseThrow());
            }
            case null -> null;
        };
    }

    /** The first language's text, then each other language's on the same line, lighter, when it differs. */
    private static String titles(LocalizedText text, List<String> languages) {
        StringBuilder cell = new StringBuilder();
        String first = text.in(languages.getFirst()).orElseThrow();
        cell.append(escape(first));
        for (String language : languages.subList(1, languages.size())) {
            text.in(language).filter(other -> !other.equals(first)).ifPresent(other ->
                    cell.append(" <span class=\"translation\" lang=\"").append(language).append("\">")
                            .append("/ ").append(escape(other)).append("</span>"));
        }
        return cell.toString();
    }

    private static String all(LocalizedText text, List<String> languages) {
        return String.join(" / ", languages.stream().map(language -> text.in(language).orElseThrow()).distinct().toList());
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
