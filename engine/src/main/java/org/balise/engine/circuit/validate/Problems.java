package org.balise.engine.circuit.validate;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation run. Not thread-safe: one per run. */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    void error(Pointer pointer, String message) {
        problems.add(Problem.error(pointer, message));
    }

    void warning(Pointer pointer, String message) {
        problems.add(Problem.warning(pointer, message));
    }

    void add(Severity severity, Pointer pointer, String message) {
        problems.add(new Problem(severity, pointer.toString(), message));
    }

    List<Problem> toList() {
        return List.copyOf(problems);
    }
}
