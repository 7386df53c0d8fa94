/**
 * Loading a circuit from JSON: parse (a syntax error becomes a problem with its line and column), check
 * the shape against the JSON Schema, read the tree into the model, then run the semantic validation. The
 * result is a {@link org.balise.engine.circuit.load.LoadResult}: the circuit and its warnings, or every
 * problem found. Nothing here throws on a bad file.
 */
@NullMarked
package org.balise.engine.circuit.load;

import org.jspecify.annotations.NullMarked;
