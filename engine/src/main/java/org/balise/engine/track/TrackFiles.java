package org.balise.engine.track;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a track file an author uploads: GPX 1.0 or 1.1 or GeoJSON,
 * told apart by their content, not their name: after an optional byte order mark and blanks, XML begins with
 * {@code <} and JSON with <code>{</code>.
 *
 * <p><b>What is read.</b> From GPX: the track points, else the route points, else the waypoints, with their
 * time, accuracy, speed and course; the accuracy in metres from an app's extension, else the {@code hdop} times
 * {@value #METRES_PER_HDOP} m (a rough estimate), except from OsmAnd and Locus, which write metres there. From
 * GeoJSON: the LineStrings and MultiLineStrings with their times in {@code coordTimes} or
 * {@code coordinateProperties.times}, else the Point features with their {@code time} and {@code accuracy}.
 * Details are in {@code GpxReader} and {@code GeoJsonReader}.
 *
 * <p><b>What the file may leave out.</b> Times: if no point has one, the points are timed as if walked at 5 km/h
 * and the track says it is not {@link Track#timed()}; if only some have one, the file is refused, since no
 * order of events can be trusted. Accuracy: {@value #ASSUMED_ACCURACY_METRES} m where the file says nothing (the
 * typical error of a phone outdoors: 7 to 13 m on average for an iPhone on a campus, Merry and Bettinger 2019,
 * shared/gps-logs/SOURCES.md), counted in {@link Track#accuracy()}.
 *
 * <p><b>Refusals.</b> Anything else wrong is a {@link TrackFileException} whose message says where and what, in
 * words an author can act on: an empty or oversized file, a compressed one, one that is neither GPX nor GeoJSON,
 * malformed XML or JSON, a point without latitude or longitude or with one out of range, an unreadable time or
 * number, a file without points or with more than {@value #MAX_POINTS}.
 *
 * <p><b>Thread-safety.</b> Stateless; reads no file and no clock.
 */
public final class TrackFiles {

    /** The most points a file may hold: over 55 hours of a walk recorded once a second. */
    public static final int MAX_POINTS = 200_000;

    /** The largest file read, in bytes (64 MiB): room for {@value #MAX_POINTS} verbose GPX points. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The accuracy given to a fix whose file says nothing about it, in metres. */
    public static final double ASSUMED_ACCURACY_METRES = 10;

    /** Metres of accuracy per unit of GPX {@code hdop}: the range error usually assumed for a consumer receiver. */
    public static final double METRES_PER_HDOP = 5;

    static final String EXPORT_AS_GPX = "Export the walk as GPX from the app that recorded it.";

    /** Formats that are neither XML nor JSON, by file extension (KML and TCX are XML: the GPX reader names them). */
    private static final Map<String, String> OTHER_FORMATS =
            Map.of("fit", "a FIT file", "csv", "a CSV table", "nmea", "an NMEA log");

    private TrackFiles() {
    }

    /**
     * Reads the track in {@code content}, a file named {@code fileName} (the name only helps explain a refusal).
     *
     * @throws TrackFileException if the file cannot be read as a track; its message is meant for the author
     */
    public static Track read(String fileName, byte[] content) throws TrackFileException {
        if (content.length > MAX_BYTES) {
            throw new TrackFileException("The file is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, the most Balise reads. Cut the walk into shorter tracks.");
        }
        Reading reading = switch (syntaxOf(fileName, content)) {
            case XML -> GpxReader.read(content);
            case JSON -> GeoJsonReader.read(content);
        };
        return TrackAssembly.assemble(reading);
    }

    static TrackFileException tooManyPoints() {
        return new TrackFileException(String.format(Locale.ROOT,
                "The file holds more than %,d points, the most Balise replays. Cut the walk into shorter tracks,"
                        + " or record one point every few seconds.", MAX_POINTS));
    }

    private enum Syntax { XML, JSON }

    private static Syntax syntaxOf(String fileName, byte[] content) throws TrackFileException {
        if (startsWith(content, 0x1F, 0x8B) || startsWith(content, 'P', 'K', 0x03, 0x04)) {
            throw new TrackFileException("The file is compressed (ZIP or gzip): extract the GPX or GeoJSON file from"
                    + " it and upload that.");
        }
        if (utf16(content)) {
            // XML may be written in UTF-16, JSON may not (RFC 8259): the XML parser reads the mark and the encoding.
            return Syntax.XML;
        }
        int i = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < content.length && isBlank(content[i])) {
            i++;
        }
        if (i == content.length) {
            throw new TrackFileException("The file is empty.");
        }
        return switch (content[i]) {
            case '<' -> Syntax.XML;
            case '{' -> Syntax.JSON;
            default -> throw new TrackFileException("This file is neither GPX nor GeoJSON" + guessedFrom(fileName)
                    + ". " + EXPORT_AS_GPX);
        };
    }

    private static boolean utf16(byte[] content) {
        return startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE);
    }

    private static boolean startsWith(byte[] content, int... bytes) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static String guessedFrom(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String format = OTHER_FORMATS.get(extension);
        return format == null ? "" : ": by its name, " + fileName + " is " + format;
    }
}
