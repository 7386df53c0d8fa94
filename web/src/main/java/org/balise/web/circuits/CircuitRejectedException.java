package org.balise.web.circuits;

import java.util.List;
import java.util.stream.Collectors;
import org.balise.engine.circuit.validate.Problem;

/** A circuit that cannot be published as it is: its problems say why, each with its JSON pointer. */
public class CircuitRejectedException extends RuntimeException {

    private final List<Problem> problems;

    public CircuitRejectedException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
