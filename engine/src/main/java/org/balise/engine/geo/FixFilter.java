package org.balise.engine.geo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balise.engine.geo.FixVerdict.Accepted;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a reported fix is plausible enough to act on: the first step of a fix's path.
 *
 * <p><b>Algorithm.</b> A list of rejection checks runs in order, each a small method answering with a
 * {@link FixRejection} or nothing; the first answer rejects the fix. An accepted fix then goes through a list
 * of flag checks, each adding a {@link FixFlag} or nothing. Order matters only in that later checks may rely
 * on earlier ones (the speed check on valid coordinates and a strictly later instant).
 *
 * <p><b>Cost.</b> Constant time; the speed check measures one chord between two positions.
 *
 * <p><b>Thread-safety.</b> Immutable. The caller keeps the team's last accepted fix and passes it in, with
 * {@code now}: the filter reads no clock.
 */
public final class FixFilter {

    /**
     * The filter's tunables.
     *
     * @param maxAccuracyMetres fixes whose accuracy radius is larger are rejected
     * @param maxSpeedMetresPerSecond movement faster than this, beyond both fixes' accuracies, is flagged
     * @param futureTolerance how far ahead of {@code now} a fix's instant may be (phone clocks drift)
     */
    public record Settings(double maxAccuracyMetres, double maxSpeedMetresPerSecond, Duration futureTolerance) {

        /** Walking teams in a city: accuracy up to 150 m, speed up to 25 km/h, clocks within 30 s. */
        public static final Settings WALKING = new Settings(150, 25 / 3.6, Duration.ofSeconds(30));

        public Settings {
            if (!(maxAccuracyMetres > 0)) {
                throw new IllegalArgumentException("maxAccuracyMetres must be positive, was " + maxAccuracyMetres);
            }
            if (!(maxSpeedMetresPerSecond > 0)) {
                throw new IllegalArgumentException(
                        "maxSpeedMetresPerSecond must be positive, was " + maxSpeedMetresPerSecond);
            }
            if (futureTolerance.isNegative()) {
                throw new IllegalArgumentException("futureTolerance must not be negative, was " + futureTolerance);
            }
        }

        /**
         * Virtual mode: taps on a map jump anywhere in an instant, so speed is not checked (the cap is
         * infinite); the accuracy cap is the same as for walking.
         */
        public static Settings forVirtualTaps() {
            return new Settings(WALKING.maxAccuracyMetres(), Double.POSITIVE_INFINITY, WALKING.futureTolerance());
        }
    }

    @FunctionalInterface
    private interface Rejection {
        Optional<FixRejection> check(Fix fix, @Nullable Accepted last, Instant now);
    }

    @FunctionalInterface
    private interface Flagging {
        Optional<FixFlag> check(Fix fix, @Nullable Accepted last);
    }

    private final Settings settings;
    private final List<Rejection> rejections = List.of(
            this::coordinatesInRange,
            this::accuracyPositive,
            this::accuracyWithinCap,
            this::notInFuture,
            this::notOlderThanLast,
            this::notDuplicate);
    private final List<Flagging> flaggings = List.of(
            this::plausibleSpeed,
            this::notMocked);

    public FixFilter(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Judges {@code fix} against the team's last accepted fix ({@code null} for the team's first) at the
     * server's instant {@code now}.
     */
    public FixVerdict judge(Fix fix, @Nullable Accepted last, Instant now) {
        for (Rejection rejection : rejections) {
            Optional<FixRejection> reason = rejection.check(fix, last, now);
            if (reason.isPresent()) {
                return new FixVerdict.Rejected(fix, reason.get());
            }
        }
        Set<FixFlag> flags = EnumSet.noneOf(FixFlag.class);
        for (Flagging flagging : flaggings) {
            flagging.check(fix, last).ifPresent(flags::add);
        }
        return new FixVerdict.Accepted(fix, new LatLon(fix.latitude(), fix.longitude()), flags);
    }

    private Optional<FixRejection> coordinatesInRange(Fix fix, @Nullable Accepted last, Instant now) {
        return reject(!LatLon.isValid(fix.latitude(), fix.longitude()), FixRejection.COORDINATES_INVALID);
    }

    private Optional<FixRejection> accuracyPositive(Fix fix, @Nullable Accepted last, Instant now) {
        return reject(!(fix.accuracyMetres() > 0), FixRejection.ACCURACY_NOT_POSITIVE);
    }

    private Optional<FixRejection> accuracyWithinCap(Fix fix, @Nullable Accepted last, Instant now) {
        return reject(fix.accuracyMetres() > settings.maxAccuracyMetres(), FixRejection.ACCURACY_ABOVE_CAP);
    }

    private Optional<FixRejection> notInFuture(Fix fix, @Nullable Accepted last, Instant now) {
        return reject(fix.time().isAfter(now.plus(settings.futureTolerance())), FixRejection.TIME_IN_FUTURE);
    }

    private Optional<FixRejection> notOlderThanLast(Fix fix, @Nullable Accepted last, Instant now) {
        return reject(last != null && fix.time().isBefore(last.fix().time()), FixRejection.OLDER_THAN_LAST_ACCEPTED);
    }

    private Optional<FixRejection> notDuplicate(Fix fix, @Nullable Accepted last, Instant now) {
        return reject(last != null && fix.time().equals(last.fix().time()), FixRejection.DUPLICATE);
    }

    // Jitter within the two accuracy radii is not movement: only the distance beyond them counts, so that a
    // phone at rest with 30 m accuracy and 1 Hz fixes is not flagged as driving.
    private Optional<FixFlag> plausibleSpeed(Fix fix, @Nullable Accepted last) {
        if (last == null) {
            return Optional.empty();
        }
        double distance = Wgs84.chordMetres(last.position(), new LatLon(fix.latitude(), fix.longitude()));
        double unexplained = Math.max(0, distance - fix.accuracyMetres() - last.accuracyMetres());
        double seconds = Duration.between(last.fix().time(), fix.time()).toNanos() / 1e9;
        return unexplained / seconds > settings.maxSpeedMetresPerSecond()
                ? Optional.of(FixFlag.IMPLAUSIBLE_SPEED)
                : Optional.empty();
    }

    private Optional<FixFlag> notMocked(Fix fix, @Nullable Accepted last) {
        return fix.mocked() ? Optional.of(FixFlag.MOCK_LOCATION) : Optional.empty();
    }

    private static Optional<FixRejection> reject(boolean rejected, FixRejection reason) {
        return rejected ? Optional.of(reason) : Optional.empty();
    }
}
