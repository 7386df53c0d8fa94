package org.balise.web.backoffice.studio.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.balise.engine.geo.LatLon;
import org.balise.web.backoffice.studio.map.ZoneVerdict.Accepted;
import org.balise.web.backoffice.studio.map.ZoneVerdict.Rejected;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a zone in the circuit's JSON format from a source Balise does not trust: the browser, where anyone
 * can call the map's server methods with anything. It checks the shape and ranges the schema checks
 * (finite numbers, latitudes in [-90, 90], longitudes in [-180, 180], a positive radius, rings of at least
 * 4 positions that end where they start) plus bounds on size, and writes the zone afresh with
 * {@link ZoneJson}, so that nothing but numbers passes through. Whether a polygon crosses itself is left to
 * the circuit's checks, which tell the author in a sentence.
 *
 * <p>Cost: linear in the input's length, which is capped. Stateless and thread-safe.
 */
final class ZoneReader {

    /**
     * No zone drawn for a walk comes near these, even one imported from a detailed outline; they keep a forged
     * message from growing a circuit without bound.
     */
    static final int MAXIMUM_POSITIONS = 5_000;
    static final int MAXIMUM_LENGTH = 250_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ZoneReader() {
    }

    static ZoneVerdict read(String json) {
        if (json.length() > MAXIMUM_LENGTH) {
            return new Rejected("The zone is longer than " + MAXIMUM_LENGTH + " characters.");
        }
        try {
            return read(JSON.readTree(json));
        } catch (JacksonException notJson) {
            return new Rejected("The zone is not JSON.");
        }
    }

    static ZoneVerdict read(JsonNode zone) {
        JsonNode type = zone.path("type");
        if (!zone.isObject() || !type.isString()) {
            return new Rejected("A zone is a JSON object with a type.");
        }
        return switch (type.asString()) {
            case "Circle" -> circle(zone);
            case "Polygon" -> polygon(zone);
            default -> new Rejected("A zone's type is Circle or Polygon.");
        };
    }

    private static ZoneVerdict circle(JsonNode circle) {
        JsonNode centre = circle.path("centre");
        Optional<LatLon> point = position(centre.path("lat"), centre.path("lon"));
        if (point.isEmpty()) {
            return new Rejected("A circle's centre has a latitude in [-90, 90] and a longitude in [-180, 180].");
        }
        JsonNode radius = circle.path("radius");
        if (!isFinite(radius) || radius.doubleValue() <= 0) {
            return new Rejected("A circle's radius is a positive number of metres.");
        }
        return new Accepted(ZoneJson.circle(point.get(), radius.doubleValue()));
    }

    private static ZoneVerdict polygon(JsonNode polygon) {
        JsonNode coordinates = polygon.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            return new Rejected("A polygon's coordinates are a list of rings.");
        }
        int positions = 0;
        List<List<LatLon>> rings = new ArrayList<>();
        for (JsonNode ring : coordinates) {
            positions += ring.size();
            if (positions > MAXIMUM_POSITIONS) {
                return new Rejected("A polygon drawn on the map has at most " + MAXIMUM_POSITIONS + " positions.");
            }
            Optional<List<LatLon>> points = ring(ring);
            if (points.isEmpty()) {
                return new Rejected("A polygon's ring is a list of [longitude, latitude] positions in range.");
            }
            Optional<Rejected> flaw = flawOf(points.get());
            if (flaw.isPresent()) {
                return flaw.get();
            }
            rings.add(points.get());
        }
        return new Accepted(ZoneJson.polygon(rings));
    }

    /** The ring's positions, rounded: two positions that round alike are the same corner. */
    private static Optional<List<LatLon>> ring(JsonNode ring) {
        if (!ring.isArray()) {
            return Optional.empty();
        }
        List<LatLon> points = new ArrayList<>();
        for (JsonNode position : ring) {
            Optional<LatLon> point = isPosition(position) ? position(position.get(1), position.get(0))
                    : Optional.empty();
            if (point.isEmpty()) {
                return Optional.empty();
            }
            points.add(point.get());
        }
        return Optional.of(points);
    }

    /** {@code [longitude, latitude]}, or with an altitude after them, which GeoJSON allows and zones ignore. */
    private static boolean isPosition(JsonNode position) {
        return position.isArray() && (position.size() == 2 || position.size() == 3 && isFinite(position.get(2)));
    }

    private static Optional<Rejected> flawOf(List<LatLon> ring) {
        if (ring.size() < 4) {
            return Optional.of(new Rejected(
                    "A polygon's ring has at least 4 positions: 3 corners, then the first one again."));
        }
        if (!ring.getFirst().equals(ring.getLast())) {
            return Optional.of(new Rejected("A polygon's ring ends with its first position."));
        }
        if (new HashSet<>(ring).size() < 3) {
            return Optional.of(new Rejected("A polygon's ring has at least 3 different corners."));
        }
        return Optional.empty();
    }

    private static Optional<LatLon> position(JsonNode latitude, JsonNode longitude) {
        if (!isFinite(latitude) || !isFinite(longitude)
                || !LatLon.isValid(latitude.doubleValue(), longitude.doubleValue())) {
            return Optional.empty();
        }
        return Optional.of(new LatLon(ZoneJson.degrees(latitude.doubleValue()),
                ZoneJson.degrees(longitude.doubleValue())));
    }

    private static boolean isFinite(JsonNode number) {
        return number.isNumber() && Double.isFinite(number.doubleValue());
    }
}
