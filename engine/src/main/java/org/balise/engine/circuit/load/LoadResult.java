package org.balise.engine.circuit.load;

import java.util.List;
import org.balise.engine.circuit.model.Circuit;
import org.balise.engine.circuit.validate.Problem;

/** What loading a circuit file gives: the circuit and its warnings, or the problems that stop it. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {

    /** Every problem found, in file order. */
    List<Problem> problems();

    /**
     * The file holds a playable circuit.
     *
     * @param circuit the circuit
     * @param warnings what looks wrong without stopping play, in file order
     */
    record Loaded(Circuit circuit, List<Problem> warnings) implements LoadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
        }

        @Override
        public List<Problem> problems() {
            return warnings;
        }
    }

    /**
     * The file cannot be played as written.
     *
     * @param problems every problem found, errors and warnings, in file order; at least one error
     */
    record Rejected(List<Problem> problems) implements LoadResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
