/**
 * What a team's phones may see: {@link org.balise.engine.play.view.PlayerViews#of} projects a team's state,
 * in its context, into a {@link org.balise.engine.play.view.PlayerView}, localized in the team's language
 * (falling back to the circuit's default language).
 *
 * <p>A view never holds an answer: no accepted text, right option, number, code, QR value or on-site code.
 * Riddle views are built field by field from a riddle's public parts (never by copying a riddle), options
 * and items are named by per-team keys instead of the circuit's ids, and ordering items are shuffled so that
 * their order is never the right one. The views are plain records, meant to be written as JSON.
 */
@NullMarked
package org.balise.engine.play.view;

import org.jspecify.annotations.NullMarked;
