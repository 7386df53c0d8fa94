package org.balise.engine.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GeoJSON (RFC 7946) tracks with Jackson: a FeatureCollection, a Feature, or a bare geometry.
 *
 * <p><b>What is read.</b> Every LineString and MultiLineString, in file order, with their times from
 * {@code properties.coordTimes} (the convention of togeojson, which converts GPX and KML) or
 * {@code properties.coordinateProperties.times} (its later versions): one time per position, in a flat list or
 * in one list per line. If there is no line, the Point features, each with its {@code time} (or
 * {@code timestamp}), {@code accuracy} (or {@code horizontal_accuracy}) in metres, {@code speed} in m/s and
 * {@code course} (or {@code heading}, {@code bearing}) in degrees. Other geometries are ignored. The name is the
 * first line's (or point's) {@code name} property, else the file's top-level {@code name}.
 *
 * <p><b>Times.</b> A text is an ISO-8601 date and time ({@link TimeText}). A number counts from 1970-01-01T00:00Z:
 * milliseconds, as JavaScript's {@code Date.getTime()} gives them, or seconds when it is below
 * {@value #SECONDS_BELOW} (as milliseconds, that would be early 1973).
 *
 * <p><b>Cost.</b> The whole file is parsed into a tree first: memory a few times the file's size, which
 * {@link TrackFiles#MAX_BYTES} bounds. Thread-safe.
 */
final class GeoJsonReader {

    static final double SECONDS_BELOW = 1e11;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final List<ReadPoint> linePoints = new ArrayList<>();
    private final List<ReadPoint> loosePoints = new ArrayList<>();
    private int pointCount;
    private @Nullable String lineName;
    private @Nullable String pointName;

    private GeoJsonReader() {
    }

    static Reading read(byte[] content) throws TrackFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "this file"
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw TrackFileException.at(where, "the file is not valid JSON.", e);
        }
        return new GeoJsonReader().document(root);
    }

    private Reading document(JsonNode root) throws TrackFileException {
        String type = text(root.get("type"));
        if (!root.isObject() || type == null) {
            throw new TrackFileException("This file is neither GPX nor GeoJSON: it is JSON, but GeoJSON is an object"
                    + " with a \"type\". " + TrackFiles.EXPORT_AS_GPX);
        }
        switch (type) {
            case "FeatureCollection" -> features(root.get("features"));
            case "Feature" -> feature(root, "the feature");
            case "LineString", "MultiLineString", "Point" -> geometry(root, root.path("properties"), "the geometry");
            default -> throw new TrackFileException("This file is neither GPX nor GeoJSON: it is JSON of type \""
                    + type + "\", where GeoJSON has a FeatureCollection, a Feature or a geometry. "
                    + TrackFiles.EXPORT_AS_GPX);
        }
        String fileName = text(root.get("name"));
        if (!linePoints.isEmpty()) {
            return new Reading(TrackFormat.GEOJSON, lineName != null ? lineName : fileName, linePoints);
        }
        if (!loosePoints.isEmpty()) {
            return new Reading(TrackFormat.GEOJSON, pointName != null ? pointName : fileName, loosePoints);
        }
        throw new TrackFileException("The GeoJSON has no line or point.");
    }

    private void features(@Nullable JsonNode features) throws TrackFileException {
        if (features == null || !features.isArray()) {
            throw new TrackFileException("The GeoJSON FeatureCollection has no \"features\" list.");
        }
        for (int i = 0; i < features.size(); i++) {
            feature(features.get(i), "feature " + (i + 1));
        }
    }

    private void feature(JsonNode feature, String where) throws TrackFileException {
        if (!"Feature".equals(text(feature.get("type")))) {
            throw TrackFileException.at(where, "this is not a GeoJSON Feature: its \"type\" must be \"Feature\".");
        }
        JsonNode geometry = feature.get("geometry");
        // RFC 7946 allows a feature without a geometry: it places nothing.
        if (geometry != null && geometry.isObject()) {
            geometry(geometry, feature.path("properties"), where);
        }
    }

    private void geometry(JsonNode geometry, JsonNode properties, String where) throws TrackFileException {
        JsonNode coordinates = geometry.get("coordinates");
        switch (String.valueOf(text(geometry.get("type")))) {
            case "LineString" -> line(positions(coordinates, where), properties, where);
            case "MultiLineString" -> line(positionsOfLines(coordinates, where), properties, where);
            case "Point" -> point(coordinates, properties, where);
            default -> {
                // Polygons and the rest draw no walk.
            }
        }
    }

    /** A position of a line, and its place in the file for messages. */
    private record Placed(JsonNode position, String where) {
    }

    private static List<Placed> positions(@Nullable JsonNode coordinates, String where) throws TrackFileException {
        List<Placed> positions = new ArrayList<>();
        List<JsonNode> line = list(coordinates, where);
        for (int i = 0; i < line.size(); i++) {
            positions.add(new Placed(line.get(i), where + ", position " + (i + 1)));
        }
        return positions;
    }

    private static List<Placed> positionsOfLines(@Nullable JsonNode coordinates, String where)
            throws TrackFileException {
        List<Placed> positions = new ArrayList<>();
        List<JsonNode> lines = list(coordinates, where);
        for (int i = 0; i < lines.size(); i++) {
            positions.addAll(positions(lines.get(i), where + ", line " + (i + 1)));
        }
        return positions;
    }

    private void line(List<Placed> positions, JsonNode properties, String where) throws TrackFileException {
        List<@Nullable JsonNode> times = times(properties, positions.size(), where);
        for (int i = 0; i < positions.size(); i++) {
            Placed placed = positions.get(i);
            double[] latLon = position(placed.position(), placed.where());
            Instant time = times.isEmpty() ? null : time(times.get(i), placed.where());
            add(linePoints, new ReadPoint(latLon[0], latLon[1], time, null, false, null, null, placed.where()));
        }
        if (lineName == null && !positions.isEmpty()) {
            lineName = text(properties.get("name"));
        }
    }

    private void point(@Nullable JsonNode coordinates, JsonNode properties, String where) throws TrackFileException {
        double[] latLon = position(coordinates, where);
        JsonNode time = properties.has("time") ? properties.get("time") : properties.get("timestamp");
        Double accuracy = number(properties, where, "accuracy", "horizontal_accuracy");
        Double speed = number(properties, where, "speed");
        Double heading = number(properties, where, "course", "heading", "bearing");
        add(loosePoints, new ReadPoint(latLon[0], latLon[1], time(time, where), accuracy, false, speed, heading, where));
        if (pointName == null) {
            pointName = text(properties.get("name"));
        }
    }

    private void add(List<ReadPoint> points, ReadPoint point) throws TrackFileException {
        pointCount++;
        if (pointCount > TrackFiles.MAX_POINTS) {
            throw TrackFiles.tooManyPoints();
        }
        points.add(point);
    }

    /** The times of a line's positions, one per position; empty when the line has none. */
    private static List<@Nullable JsonNode> times(JsonNode properties, int positions, String where)
            throws TrackFileException {
        String property = properties.has("coordTimes") ? "coordTimes" : "coordinateProperties.times";
        JsonNode times = properties.has("coordTimes") ? properties.get("coordTimes")
                : properties.path("coordinateProperties").get("times");
        if (times == null || times.isNull()) {
            return List.of();
        }
        if (!times.isArray()) {
            throw TrackFileException.at(where, "\"" + property + "\" must be a list of times.");
        }
        List<@Nullable JsonNode> flat = new ArrayList<>();
        for (JsonNode time : times) {
            if (time.isArray()) {
                time.forEach(flat::add);
            } else {
                flat.add(time);
            }
        }
        if (flat.size() != positions) {
            throw TrackFileException.at(where, "\"" + property + "\" holds " + flat.size()
                    + (flat.size() == 1 ? " time" : " times") + " for " + positions + " positions: each position needs"
                    + " its time.");
        }
        return flat;
    }

    private static double[] position(@Nullable JsonNode position, String where) throws TrackFileException {
        if (position == null || !position.isArray()) {
            throw TrackFileException.at(where, "a position must be a list [longitude, latitude].");
        }
        if (position.size() < 2) {
            throw TrackFileException.at(where, position.isEmpty() ? "the position has no longitude."
                    : "the position has no latitude: a position is [longitude, latitude].");
        }
        if (!position.get(0).isNumber()) {
            throw TrackFileException.at(where, "the longitude is not a number.");
        }
        if (!position.get(1).isNumber()) {
            throw TrackFileException.at(where, "the latitude is not a number.");
        }
        double longitude = position.get(0).doubleValue();
        double latitude = position.get(1).doubleValue();
        boolean swapped = latitude >= -180 && latitude <= 180 && longitude >= -90 && longitude <= 90;
        ReadPoint.checkLatitude(latitude, where,
                swapped ? " GeoJSON writes [longitude, latitude]: are the two swapped?" : "");
        ReadPoint.checkLongitude(longitude, where);
        return new double[] {latitude, longitude};
    }

    private static @Nullable Instant time(@Nullable JsonNode time, String where) throws TrackFileException {
        if (time == null || time.isNull()) {
            return null;
        }
        if (time.isString()) {
            return TimeText.parse(time.stringValue(), where);
        }
        if (time.isNumber() && Double.isFinite(time.doubleValue())) {
            double count = time.doubleValue();
            return Math.abs(count) < SECONDS_BELOW
                    ? Instant.ofEpochMilli(Math.round(count * 1000))
                    : Instant.ofEpochMilli(Math.round(count));
        }
        throw TrackFileException.at(where, "the time must be a text such as " + TimeText.EXAMPLE + ".");
    }

    /** The first of {@code names} that {@code properties} holds, as a number; null when none is there. */
    private static @Nullable Double number(JsonNode properties, String where, String... names)
            throws TrackFileException {
        for (String name : names) {
            JsonNode value = properties.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isNumber()) {
                throw TrackFileException.at(where, "the property \"" + name + "\" must be a number.");
            }
            return value.doubleValue();
        }
        return null;
    }

    private static List<JsonNode> list(@Nullable JsonNode node, String where) throws TrackFileException {
        if (node == null || !node.isArray()) {
            throw TrackFileException.at(where, "the \"coordinates\" must be a list of positions.");
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }
}
