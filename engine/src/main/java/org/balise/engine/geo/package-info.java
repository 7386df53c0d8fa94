/**
 * Geofencing: WGS84 positions and zones at the edges, a local metric plane inside, the spatial index over
 * zones, the fix filter and the presence decision.
 *
 * <p>The path of a fix through this package:
 * <ol>
 * <li>{@link org.balise.engine.geo.FixFilter#judge} accepts a reported {@link org.balise.engine.geo.Fix}
 *     (perhaps with {@link org.balise.engine.geo.FixFlag}s) or rejects it with a
 *     {@link org.balise.engine.geo.FixRejection};
 * <li>{@link org.balise.engine.geo.TeamPresence#observe} projects the accepted fix into the team's circuit
 *     plane ({@link org.balise.engine.geo.CircuitZones}), finds the stations it concerns and steps
 *     {@link org.balise.engine.geo.PresenceDecider} for each, returning arrivals and departures.
 * </ol>
 * {@link org.balise.engine.geo.ZoneIndex} answers "which zones of all loaded circuits may this position be
 * in?" without allocating, through a per-thread {@link org.balise.engine.geo.ZoneQuery}.
 *
 * <p>Design and calibration: {@code docs/design-decisions/DD004-20261123-geofencing-and-presence.md}.
 */
@NullMarked
package org.balise.engine.geo;

import org.jspecify.annotations.NullMarked;
