package org.balise.engine.track;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads GPX 1.0 and 1.1 with the JDK's streaming XML parser (StAX), in one pass and namespace-agnostic: elements
 * are known by their local name, whatever their prefix or namespace, so that a point's accuracy is found in any
 * app's extension.
 *
 * <p><b>What is read.</b> The track points ({@code trk/trkseg/trkpt}) of every track and segment, in file order;
 * if there are none, the route points ({@code rte/rtept}); if none either, the waypoints ({@code wpt}). Per
 * point: {@code lat} and {@code lon}, {@code time}, the accuracy, and {@code speed} and {@code course} (GPX 1.0,
 * or any extension; {@code bearing} too, as GPSLogger writes it). The name is the first track's (or route's),
 * else the file's ({@code metadata/name} in 1.1, {@code gpx/name} in 1.0).
 *
 * <p><b>Accuracy.</b> GPX has no element for it. In order of preference: an extension giving metres
 * ({@code accuracy_horizontal} from OpenTracks, {@code hacc} from the TPX and trails.io extensions,
 * {@code horaccur}, or a plain {@code accuracy}); else {@code hdop}, the horizontal dilution of precision, times
 * {@value TrackFiles#METRES_PER_HDOP} m (the range error of a consumer receiver: a rough estimate, not a
 * measurement). OsmAnd and Locus write Android's accuracy in metres into {@code hdop}, not a dilution (OsmAnd
 * issues 3445 and 6325), so for a file whose {@code creator} names one of them, {@code hdop} is taken as metres.
 *
 * <p><b>Safety.</b> No document type declaration is accepted and no external entity is ever resolved: a GPX file
 * needs neither, and both would let an uploaded file read the server's files (XXE) or exhaust its memory.
 *
 * <p><b>Cost.</b> Linear in the file's size; memory holds the points read, at most {@value TrackFiles#MAX_POINTS}.
 */
final class GpxReader {

    private static final Map<String, String> POINT_NOUNS =
            Map.of("trkpt", "a track point", "rtept", "a route point", "wpt", "a waypoint");
    private static final Set<String> NAMED_PARENTS = Set.of("trk", "rte", "metadata", "gpx");
    private static final Set<String> ACCURACY_IN_METRES = Set.of("accuracy_horizontal", "hacc", "horaccur", "accuracy");
    private static final Set<String> HEADINGS = Set.of("course", "bearing");
    private static final List<String> APPS_WRITING_METRES_AS_HDOP = List.of("osmand", "locus");

    private final XMLStreamReader xml;
    private final Deque<String> path = new ArrayDeque<>();
    private final Map<String, List<ReadPoint>> pointsByKind = new HashMap<>();
    private final Map<String, String> namesByParent = new HashMap<>();
    private boolean hdopInMetres;
    private int pointCount;
    private @Nullable PointDraft point;

    private GpxReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static Reading read(byte[] content) throws TrackFileException {
        XMLStreamReader xml = open(content);
        try {
            return new GpxReader(xml).document();
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        } finally {
            closeQuietly(xml);
        }
    }

    private static XMLStreamReader open(byte[] content) throws TrackFileException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Prefixes are stripped by hand instead: apps declare their extension namespaces carelessly, and an
        // unbound prefix on an element Balise ignores must not stop the reading.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        try {
            return factory.createXMLStreamReader(new ByteArrayInputStream(content));
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    private Reading document() throws XMLStreamException, TrackFileException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD -> throw TrackFileException.at(here(),
                        "the file declares a document type (<!DOCTYPE ...>), which Balise refuses for safety."
                                + " GPX files from phone apps have none: export the walk again.");
                case XMLStreamConstants.START_ELEMENT -> start(localName(xml.getLocalName()));
                case XMLStreamConstants.END_ELEMENT -> end();
                default -> {
                }
            }
        }
        return chosenPoints();
    }

    private void start(String name) throws XMLStreamException, TrackFileException {
        PointDraft draft = point;
        String parent = path.peek();
        if (parent == null) {
            root(name);
        } else if (draft != null) {
            if (readInto(draft, name)) {
                return;
            }
        } else if (POINT_NOUNS.containsKey(name)) {
            point = begin(name);
        } else if (name.equals("name") && NAMED_PARENTS.contains(parent)) {
            String text = xml.getElementText().strip();
            if (!text.isEmpty()) {
                namesByParent.putIfAbsent(parent, text);
            }
            return;
        }
        path.push(name);
    }

    private void end() throws TrackFileException {
        path.pop();
        PointDraft draft = point;
        if (draft != null && path.size() == draft.depth) {
            pointsByKind.computeIfAbsent(draft.kind, kind -> new ArrayList<>()).add(draft.finish(hdopInMetres));
            point = null;
        }
    }

    private void root(String name) throws TrackFileException {
        if (!name.equals("gpx")) {
            throw new TrackFileException("This file is neither GPX nor GeoJSON: it is XML, but it begins with <"
                    + name + "> where a GPX file begins with <gpx>. " + TrackFiles.EXPORT_AS_GPX);
        }
        hdopInMetres = writesMetresAsHdop(attribute("creator"));
    }

    private PointDraft begin(String kind) throws TrackFileException {
        pointCount++;
        if (pointCount > TrackFiles.MAX_POINTS) {
            throw TrackFiles.tooManyPoints();
        }
        String where = here();
        String noun = POINT_NOUNS.get(kind);
        double latitude = coordinate(attribute("lat"), "latitude", noun, where);
        double longitude = coordinate(attribute("lon"), "longitude", noun, where);
        ReadPoint.checkLatitude(latitude, where, "");
        ReadPoint.checkLongitude(longitude, where);
        return new PointDraft(kind, path.size(), where, latitude, longitude);
    }

    /** Reads a child of a point that Balise uses, and says whether it did (it consumed the element's end too). */
    private boolean readInto(PointDraft draft, String name) throws XMLStreamException, TrackFileException {
        String where = here();
        if (name.equals("time")) {
            draft.time = firstOf(draft.time, TimeText.parse(xml.getElementText(), where));
        } else if (name.equals("hdop")) {
            draft.hdop = firstOf(draft.hdop, number(xml.getElementText(), "hdop", where));
        } else if (ACCURACY_IN_METRES.contains(name)) {
            draft.accuracyMetres = firstOf(draft.accuracyMetres, number(xml.getElementText(), "accuracy", where));
        } else if (name.equals("speed")) {
            draft.speed = firstOf(draft.speed, number(xml.getElementText(), "speed", where));
        } else if (HEADINGS.contains(name)) {
            draft.heading = firstOf(draft.heading, number(xml.getElementText(), name, where));
        } else {
            return false;
        }
        return true;
    }

    /** A point's first value of a kind wins: apps that repeat one (in GPX 1.0 and in an extension) repeat it alike. */
    private static <T> T firstOf(@Nullable T kept, T read) {
        return kept != null ? kept : read;
    }

    private Reading chosenPoints() throws TrackFileException {
        String fileName = namesByParent.getOrDefault("metadata", namesByParent.get("gpx"));
        if (pointsByKind.containsKey("trkpt")) {
            return new Reading(TrackFormat.GPX, namesByParent.getOrDefault("trk", fileName), pointsByKind.get("trkpt"));
        }
        if (pointsByKind.containsKey("rtept")) {
            return new Reading(TrackFormat.GPX, namesByParent.getOrDefault("rte", fileName), pointsByKind.get("rtept"));
        }
        if (pointsByKind.containsKey("wpt")) {
            return new Reading(TrackFormat.GPX, fileName, pointsByKind.get("wpt"));
        }
        throw new TrackFileException("The GPX file has no track point, route point or waypoint.");
    }

    private static boolean writesMetresAsHdop(@Nullable String creator) {
        String app = creator == null ? "" : creator.toLowerCase(Locale.ROOT);
        return APPS_WRITING_METRES_AS_HDOP.stream().anyMatch(app::contains);
    }

    private @Nullable String attribute(String wanted) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName(xml.getAttributeLocalName(i)).equals(wanted)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static double coordinate(@Nullable String text, String axis, String noun, String where)
            throws TrackFileException {
        if (text == null || text.isBlank()) {
            throw TrackFileException.at(where, noun + " has no " + axis + ".");
        }
        try {
            return new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw TrackFileException.at(where, "the " + axis + " \"" + text.strip() + "\" of " + noun
                    + " is not a number.");
        }
    }

    private static double number(String text, String what, String where) throws TrackFileException {
        try {
            return new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw TrackFileException.at(where, "the " + what + " \"" + text.strip() + "\" is not a number.");
        }
    }

    private String here() {
        return "line " + xml.getLocation().getLineNumber();
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static TrackFileException notWellFormed(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int start = message.indexOf("Message: ");
        String reason = start < 0 ? message : message.substring(start + "Message: ".length());
        Location location = e.getLocation();
        String where = location == null || location.getLineNumber() < 1 ? "this file" : "line " + location.getLineNumber();
        return TrackFileException.at(where, "the file is not well-formed XML: " + reason.strip(), e);
    }

    private static void closeQuietly(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // Nothing to release: the reader reads from a byte array.
        }
    }

    /** A point being read: what its children said so far. */
    private static final class PointDraft {
        final String kind;
        final int depth;
        final String where;
        final double latitude;
        final double longitude;
        @Nullable Instant time;
        @Nullable Double hdop;
        @Nullable Double accuracyMetres;
        @Nullable Double speed;
        @Nullable Double heading;

        PointDraft(String kind, int depth, String where, double latitude, double longitude) {
            this.kind = kind;
            this.depth = depth;
            this.where = where;
            this.latitude = latitude;
            this.longitude = longitude;
        }

        ReadPoint finish(boolean hdopInMetres) {
            Double fromHdop = hdop == null ? null : hdopInMetres ? hdop : hdop * TrackFiles.METRES_PER_HDOP;
            Double accuracy = accuracyMetres != null ? accuracyMetres : fromHdop;
            boolean estimated = accuracyMetres == null && hdop != null && !hdopInMetres;
            return new ReadPoint(latitude, longitude, time, accuracy, estimated, speed, heading, where);
        }
    }
}
