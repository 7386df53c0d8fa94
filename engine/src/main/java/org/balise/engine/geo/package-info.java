/**
 * Geofencing: WGS84 positions and zones at the edges, a local metric plane inside, the spatial index over
 * zones, the fix filter and the presence decision.
 */
@NullMarked
package org.balise.engine.geo;

import org.jspecify.annotations.NullMarked;
