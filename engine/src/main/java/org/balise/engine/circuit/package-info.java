/**
 * Circuits: what content authors write and what the engine plays.
 *
 * <ul>
 *   <li>{@code model}: the immutable circuit (stations, zones, progression, trades, media);</li>
 *   <li>{@code riddle}: the riddle kinds, each with its public part and its {@code answer};</li>
 *   <li>{@code load}: JSON in, a {@code LoadResult} out (parse, JSON Schema, read, validate);</li>
 *   <li>{@code validate}: the semantic checks and the {@code Problem}s they report.</li>
 * </ul>
 *
 * <p>The format is documented in {@code game-content/README.md}; its JSON Schema lives in game-content.
 */
@NullMarked
package org.balise.engine.circuit;

import org.jspecify.annotations.NullMarked;
