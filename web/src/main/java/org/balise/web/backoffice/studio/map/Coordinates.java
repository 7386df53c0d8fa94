package org.balise.web.backoffice.studio.map;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balise.engine.geo.LatLon;

/**
 * Reads a place typed by an author: a latitude, then a longitude, in decimal degrees with a dot, as online
 * maps copy them ({@code 47.3220, 5.0415}); a comma, a semicolon or spaces between them.
 */
final class Coordinates {

    static final String EXAMPLE = "47.3220, 5.0415";

    /** Far longer than any coordinates, and short enough that the pattern's cost stays trivial. */
    static final int MAXIMUM_LENGTH = 60;
    private static final Pattern LATITUDE_LONGITUDE = Pattern.compile(
            "\\s*([-+]?\\d{1,3}(?:\\.\\d{1,15})?)\\s*[,;\\s]\\s*([-+]?\\d{1,3}(?:\\.\\d{1,15})?)\\s*");

    private Coordinates() {
    }

    /** The place, or nothing when the text is not a latitude and a longitude in range. */
    static Optional<LatLon> parse(String text) {
        if (text.length() > MAXIMUM_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = LATITUDE_LONGITUDE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double latitude = Double.parseDouble(matcher.group(1));
        double longitude = Double.parseDouble(matcher.group(2));
        return LatLon.isValid(latitude, longitude) ? Optional.of(new LatLon(latitude, longitude)) : Optional.empty();
    }
}
