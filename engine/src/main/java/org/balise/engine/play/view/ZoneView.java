package org.balise.engine.play.view;

import java.util.List;
import org.balise.engine.geo.LatLon;
import org.jspecify.annotations.Nullable;

/**
 * A zone for the phone's map.
 *
 * @param kind {@code circle} or {@code polygon}
 * @param centre a circle's centre; null for a polygon
 * @param radiusMetres a circle's radius; null for a polygon
 * @param rings a polygon's rings, the outer first; empty for a circle
 */
public record ZoneView(String kind, @Nullable LatLon centre, @Nullable Double radiusMetres, List<List<LatLon>> rings) {

    public ZoneView {
        rings = rings.stream().map(List::copyOf).toList();
    }
}
