/**
 * The riddle kinds. Each is a record whose {@code answer} component holds everything needed to check an
 * answer and nothing a player may see; every other component is public. A player-facing projection drops
 * {@code answer} and nothing else.
 */
@NullMarked
package org.balise.engine.circuit.riddle;

import org.jspecify.annotations.NullMarked;
