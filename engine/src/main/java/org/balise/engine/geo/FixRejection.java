package org.balise.engine.geo;

/** Why {@link FixFilter} refused a fix: each value is one check, in the order they run. */
public enum FixRejection {
    /** Latitude or longitude is NaN, infinite or out of range. */
    COORDINATES_INVALID,
    /** The accuracy is NaN, zero or negative: the phone does not know how good the fix is. */
    ACCURACY_NOT_POSITIVE,
    /** The accuracy radius is larger than the filter's cap: the fix says too little to act on. */
    ACCURACY_ABOVE_CAP,
    /** The fix claims to be from later than now, beyond the tolerated clock skew. */
    TIME_IN_FUTURE,
    /** The fix is older than the last accepted one: a late retry or a reordered batch. */
    OLDER_THAN_LAST_ACCEPTED,
    /** The fix has the same instant as the last accepted one: a resent fix. */
    DUPLICATE
}
