package org.balise.engine.circuit.validate;

/** How serious a problem is. */
public enum Severity {
    /** The circuit cannot be played as written: loading fails. */
    ERROR,
    /** The circuit can be played, but probably not as its author meant: loading succeeds and reports it. */
    WARNING
}
