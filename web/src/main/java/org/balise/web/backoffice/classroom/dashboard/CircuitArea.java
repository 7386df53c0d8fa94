package org.balise.web.backoffice.classroom.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.model.Station;
import org.balise.engine.geo.LatLon;
import org.balise.engine.geo.LocalProjection;
import org.balise.engine.geo.PlanePoint;
import org.balise.engine.geo.Zone;

/**
 * Where a class may walk: the rectangle around every station's zone, widened by a margin, in the circuit's
 * local metric plane. A rectangle rather than a hull because streets between stations are part of the
 * game; the margin is the teacher's tolerance.
 *
 * <p>Immutable. A circuit whose stations have no zone (all indoors) has no area: nobody is ever out of it.
 */
final class CircuitArea {

    private final LocalProjection plane;
    private final double west;
    private final double east;
    private final double south;
    private final double north;

    private CircuitArea(LocalProjection plane, double west, double east, double south, double north) {
        this.plane = plane;
        this.west = west;
        this.east = east;
        this.south = south;
        this.north = north;
    }

    static Optional<CircuitArea> of(Circuit circuit, double marginMetres) {
        List<Zone> zones = circuit.stations().stream().map(Station::zone).filter(zone -> zone != null).toList();
        if (zones.isEmpty()) {
            return Optional.empty();
        }
        LocalProjection plane = LocalProjection.centredOn(anyPoint(zones.getFirst()));
        List<double[]> boxes = new ArrayList<>();
        for (Zone zone : zones) {
            boxes.add(switch (zone) {
                case Zone.Circle circle -> {
                    PlanePoint centre = plane.project(circle.centre());
                    double r = circle.radiusMetres();
                    yield new double[] {centre.eastMetres() - r, centre.eastMetres() + r,
                            centre.northMetres() - r, centre.northMetres() + r};
                }
                case Zone.Polygon polygon -> box(polygon.outerRing().stream().map(plane::project).toList());
            });
        }
        return Optional.of(new CircuitArea(plane,
                boxes.stream().mapToDouble(box -> box[0]).min().orElseThrow() - marginMetres,
                boxes.stream().mapToDouble(box -> box[1]).max().orElseThrow() + marginMetres,
                boxes.stream().mapToDouble(box -> box[2]).min().orElseThrow() - marginMetres,
                boxes.stream().mapToDouble(box -> box[3]).max().orElseThrow() + marginMetres));
    }

    boolean contains(double latitude, double longitude) {
        if (!LatLon.isValid(latitude, longitude)) {
            return false;
        }
        try {
            PlanePoint point = plane.project(latitude, longitude);
            return point.eastMetres() >= west && point.eastMetres() <= east
                    && point.northMetres() >= south && point.northMetres() <= north;
        } catch (IllegalArgumentException farSideOfTheEarth) {
            return false;
        }
    }

    private static LatLon anyPoint(Zone zone) {
        return switch (zone) {
            case Zone.Circle circle -> circle.centre();
            case Zone.Polygon polygon -> polygon.outerRing().getFirst();
        };
    }

    private static double[] box(List<PlanePoint> points) {
        return new double[] {
                points.stream().mapToDouble(PlanePoint::eastMetres).min().orElseThrow(),
                points.stream().mapToDouble(PlanePoint::eastMetres).max().orElseThrow(),
                points.stream().mapToDouble(PlanePoint::northMetres).min().orElseThrow(),
                points.stream().mapToDouble(PlanePoint::northMetres).max().orElseThrow()};
    }
}
