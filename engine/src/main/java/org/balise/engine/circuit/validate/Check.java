package org.balise.engine.circuit.validate;

import org.balise.engine.circuit.model.Circuit;

/** One semantic check: reports what it finds and never stops at the first problem. */
interface Check {

    void check(Circuit circuit, ValidationOptions options, Problems problems);
}
