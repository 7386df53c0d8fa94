/**
 * Semantic validation of a circuit that already has the right shape: unique ids, references, the unlock
 * graph, polygons, answers, translations, modes and a geographic lint. Each check is a small class with one
 * purpose; {@link org.balise.engine.circuit.validate.CircuitValidator} runs them all and returns every
 * {@link org.balise.engine.circuit.validate.Problem}, never only the first.
 *
 * <p>Messages are written for content authors, not programmers: a sentence saying what is wrong and, where
 * it helps, what to do. Each problem carries the JSON pointer of the place in the file it is about (or of
 * the property that is missing there).
 */
@NullMarked
package org.balise.engine.circuit.validate;

import org.jspecify.annotations.NullMarked;
