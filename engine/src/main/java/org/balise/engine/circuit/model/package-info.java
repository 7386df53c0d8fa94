/**
 * The circuit as the engine plays it: immutable records, lists in the author's order (so that a JSON
 * pointer such as {@code /stations/2} names the same station in the file and in the model), omitted
 * optional parts either defaulted (documented on each component) or null where absence means something.
 *
 * <p>Records here check only what a value needs to exist; whether a circuit makes sense (ids unique,
 * references resolving, answers well-formed) is the validator's job, which reports every problem at once
 * instead of failing at the first.
 */
@NullMarked
package org.balise.engine.circuit.model;

import org.jspecify.annotations.NullMarked;
