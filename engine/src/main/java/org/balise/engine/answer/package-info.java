/**
 * Answer matching: is what a team typed, ticked or ordered the riddle's answer?
 *
 * <ul>
 *   <li>{@link org.balise.engine.answer.AnswerChecker}: the verdict for one response to one riddle;</li>
 *   <li>{@link org.balise.engine.answer.TextForm}: the canonical form of typed text (Unicode normalization,
 *       case and accents folded, punctuation and spacing dropped, number words written as digits);</li>
 *   <li>{@link org.balise.engine.answer.NumberWords}: "trois", "three" and "3" are the same number;</li>
 *   <li>{@link org.balise.engine.answer.TypedNumber}: a number as people type it;</li>
 *   <li>{@link org.balise.engine.answer.EditDistance} and {@link org.balise.engine.answer.TypoTolerance}:
 *       how far a typed word may stray from the accepted one.</li>
 * </ul>
 *
 * <p>Everything here is a pure function of its arguments: no clock, no state, no I/O; thread-safe.
 */
@NullMarked
package org.balise.engine.answer;

import org.jspecify.annotations.NullMarked;
