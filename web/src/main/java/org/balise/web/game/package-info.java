/**
 * Playing: sessions and their teams, and the loop that runs every command through the engine — load the
 * stream, decide, append, publish — shared by both doors.
 */
@NullMarked
package org.balise.web.game;

import org.jspecify.annotations.NullMarked;
