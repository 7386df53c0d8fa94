/**
 * Track files and their replay: what an author sees when they upload a walk recorded on a phone.
 *
 * <ol>
 * <li>{@link org.balise.engine.track.TrackFiles#read} turns a GPX or GeoJSON file into a
 *     {@link org.balise.engine.track.Track}, or refuses it with a {@link org.balise.engine.track.TrackFileException}
 *     whose message an author can act on;
 * <li>{@link org.balise.engine.track.TrackReplay#replay} runs the track's fixes through the path a team's fixes
 *     take on site (filter, then presence) and says, per station, whether and when it would have been reached:
 *     a {@link org.balise.engine.track.ReplayReport}.
 * </ol>
 *
 * <p>The package reads no file and no clock: callers pass the bytes, and every instant comes from the track.
 * It depends on {@code geo}, {@code circuit} and {@code play} (for {@code PreparedCircuit}); nothing depends on it.
 */
@NullMarked
package org.balise.engine.track;

import org.jspecify.annotations.NullMarked;
