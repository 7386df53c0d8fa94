package org.balise.engine.geo;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A position as a phone reported it: latitude and longitude in WGS84 degrees, the horizontal accuracy (the
 * radius of 68 % confidence, in metres, as Android and the browser Geolocation API report it), the instant
 * of the fix, and optionally speed and heading.
 *
 * <p>Only the instant is checked here. Everything else is judged by {@link FixFilter}, which must answer an
 * implausible fix with a reason rather than fail on it: a phone that sends NaN is a fact to report, not a bug
 * in Balise. A fix that passes becomes a {@link FixVerdict.Accepted} with a valid {@link LatLon}.
 *
 * @param speedMetresPerSecond the phone's own speed estimate, if it gave one
 * @param headingDegrees the direction of travel clockwise from true north, if the phone gave one
 * @param mocked whether the phone flagged the position as coming from a mock-location provider
 */
public record Fix(
        double latitude,
        double longitude,
        double accuracyMetres,
        Instant time,
        @Nullable Double speedMetresPerSecond,
        @Nullable Double headingDegrees,
        boolean mocked) {

    /** A fix with neither speed nor heading, not mocked. */
    public static Fix of(LatLon position, double accuracyMetres, Instant time) {
        return new Fix(position.latitude(), position.longitude(), accuracyMetres, time, null, null, false);
    }

    /**
     * A tap on the map in virtual mode: the player says "here", with an accuracy the app declares (how far a
     * finger can miss at the map's zoom). The same filter and presence code judge it, with
     * {@link FixFilter.Settings#forVirtualTaps()} and {@link PresenceRule#forVirtualTaps()}.
     */
    public static Fix tap(LatLon tapped, double declaredAccuracyMetres, Instant time) {
        return of(tapped, declaredAccuracyMetres, time);
    }

    /** This fix as reported by a mock-location provider. */
    public Fix asMocked() {
        return new Fix(latitude, longitude, accuracyMetres, time, speedMetresPerSecond, headingDegrees, true);
    }
}
