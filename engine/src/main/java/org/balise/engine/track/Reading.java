package org.balise.engine.track;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a reader found in a file: the points it chose (a file's track, else its route, else its loose points), in
 * file order, and the name that goes with them.
 *
 * @param name null when the file names none
 */
record Reading(TrackFormat format, @Nullable String name, List<ReadPoint> points) {

    Reading {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a reading has points; readers refuse files without any");
        }
    }
}
