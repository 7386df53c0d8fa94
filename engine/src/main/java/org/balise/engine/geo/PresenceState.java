package org.balise.engine.geo;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What presence remembers about one team at one station: where the team stands, the recent sightings that
 * count (oldest first, strictly increasing in time) and, during a visit, when it began.
 *
 * <p>Valid by construction: {@code arrivedAt} is set exactly when the team is {@link Presence#INSIDE}.
 */
public record PresenceState(Presence presence, List<Sighting> recent, @Nullable Instant arrivedAt) {

    /** A team the station has no evidence about: the state every team starts in. */
    public static final PresenceState NONE = new PresenceState(Presence.OUTSIDE, List.of(), null);

    public PresenceState {
        recent = List.copyOf(recent);
        if ((presence == Presence.INSIDE) != (arrivedAt != null)) {
            throw new IllegalArgumentException("arrivedAt must be set exactly when inside, was " + arrivedAt
                    + " while " + presence);
        }
        for (int i = 1; i < recent.size(); i++) {
            if (!recent.get(i).time().isAfter(recent.get(i - 1).time())) {
                throw new IllegalArgumentException("recent sightings must be in strictly increasing time");
            }
        }
    }

    /** The latest sighting, if any. */
    public @Nullable Sighting last() {
        return recent.isEmpty() ? null : recent.getLast();
    }

    /** Whether this is {@link #NONE}: nothing worth keeping. */
    public boolean isNone() {
        return presence == Presence.OUTSIDE && recent.isEmpty();
    }
}
