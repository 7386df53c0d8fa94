package org.balise.engine.circuit.validate;

import static org.balise.engine.circuit.validate.Quote.quote;

import java.util.ArrayList;
import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.Zone;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Warnings about places that are probably wrong: a circle smaller than GPS error, zones that overlap, a
 * station far from all the others (mistyped or swapped coordinates), and coordinates still estimated.
 *
 * <p>Overlaps are decided in a {@link LocalPlane}: circles by centre distance against the radii (never as
 * polygons), polygons with JTS. Distance to the nearest station is a {@link GreatCircle} distance between
 * reference points (a circle's centre, the mean of a polygon's vertices), since a far station may be very
 * far. Invalid polygons are left to {@link PolygonCheck}. Every pair is compared, quadratic in stations,
 * which is nothing for the tens of stations a circuit holds.
 */
final class GeographyLint implements Check {

    @Override
    public void check(Circuit circuit, ValidationOptions options, Problems problems) {
        List<Station> stations = circuit.stations();
        for (int i = 0; i < stations.size(); i++) {
            Station station = stations.get(i);
            if (station.zone() instanceof Zone.Circle circle && circle.radiusMetres() < options.minimumRadiusMetres()) {
                problems.warning(Sites.station(i).at("zone").at("radius"), "A radius of "
                        + Units.distance(circle.radiusMetres()) + " is below the usual GPS error of a phone ("
                        + Units.distance(options.minimumRadiusMetres())
                        + "): teams may stand at the right place and not be detected.");
            }
            if (station.zone() != null && !station.surveyed()) {
                problems.warning(Sites.station(i).at("surveyed"), "This station's coordinates are estimates"
                        + " (surveyed is false): check them on site before playing.");
            }
        }
        List<Placed> placed = place(stations);
        reportOverlaps(placed, stations, problems);
        reportFarStations(placed, options, problems);
    }

    /** A station's zone in the local plane. */
    private sealed interface Shape permits Disc, Area {
    }

    private record Disc(Point centre, double radius) implements Shape {
    }

    private record Area(Polygon polygon) implements Shape {
    }

    /** A zoned station: its index, its zone in the plane, and a point standing for it in WGS84. */
    private record Placed(int index, Shape shape, LatLon reference) {
    }

    private static List<Placed> place(List<Station> stations) {
        List<LatLon> positions = new ArrayList<>();
        for (Station station : stations) {
            switch (station.zone()) {
                case Zone.Circle circle -> positions.add(circle.centre());
                case Zone.Polygon polygon when Polygons.isUsable(polygon) ->
                        positions.addAll(polygon.outerRing().subList(1, polygon.outerRing().size()));
                case null, default -> { }
            }
        }
        if (positions.isEmpty()) {
            return List.of();
        }
        LocalPlane plane = LocalPlane.around(positions);
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            switch (stations.get(i).zone()) {
                case Zone.Circle circle -> placed.add(new Placed(i, new Disc(
                        Polygons.factory().createPoint(plane.project(circle.centre())), circle.radiusMetres()),
                        circle.centre()));
                case Zone.Polygon polygon when Polygons.isUsable(polygon) -> placed.add(new Placed(i,
                        new Area(Polygons.toJts(polygon, plane::project)), meanVertex(polygon)));
                case null, default -> { }
            }
        }
        return placed;
    }

    private static LatLon meanVertex(Zone.Polygon polygon) {
        List<LatLon> vertices = polygon.outerRing().subList(1, polygon.outerRing().size());
        return new LatLon(
                vertices.stream().mapToDouble(LatLon::latitude).average().orElseThrow(),
                vertices.stream().mapToDouble(LatLon::longitude).average().orElseThrow());
    }

    private static void reportOverlaps(List<Placed> placed, List<Station> stations, Problems problems) {
        for (int b = 0; b < placed.size(); b++) {
            for (int a = 0; a < b; a++) {
                if (overlap(placed.get(a).shape(), placed.get(b).shape())) {
                    problems.warning(Sites.station(placed.get(b).index()).at("zone"), "This zone overlaps the zone of"
                            + " station " + quote(stations.get(placed.get(a).index()).id())
                            + ": a team standing in both would be at two stations at once.");
                }
            }
        }
    }

    private static boolean overlap(Shape one, Shape other) {
        return switch (one) {
            case Disc a when other instanceof Disc b -> a.centre().distance(b.centre()) < a.radius() + b.radius();
            case Disc a when other instanceof Area b -> b.polygon().distance(a.centre()) < a.radius();
            case Area a when other instanceof Disc b -> a.polygon().distance(b.centre()) < b.radius();
            case Area a when other instanceof Area b -> a.polygon().relate(b.polygon(), "T********");
            default -> throw new IllegalStateException("unknown shapes " + one + ", " + other);
        };
    }

    private static void reportFarStations(List<Placed> placed, ValidationOptions options, Problems problems) {
        if (placed.size() < 2) {
            return;
        }
        for (Placed here : placed) {
            double nearest = placed.stream()
                    .filter(other -> other != here)
                    .mapToDouble(other -> GreatCircle.metres(here.reference(), other.reference()))
                    .min()
                    .orElseThrow();
            if (nearest > options.farStationMetres()) {
                problems.warning(Sites.station(here.index()).at("zone"), "This station is " + Units.distance(nearest)
                        + " from the nearest other station, more than the " + Units.distance(options.farStationMetres())
                        + " expected: check its coordinates (are latitude and longitude swapped?).");
            }
        }
    }
}
