package org.balise.engine.circuit.model;

import java.util.Arrays;

/** How a circuit is played. */
public enum Mode {
    /** Teams walk; their phones' positions prove where they are. */
    ON_SITE("on-site"),
    /** Teams play from a map, e.g. in a classroom. */
    VIRTUAL("virtual");

    private final String jsonName;

    Mode(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The mode's name in the circuit format. */
    public String jsonName() {
        return jsonName;
    }

    /** The mode with this name in the circuit format. */
    public static Mode fromJson(String name) {
        return Arrays.stream(values())
                .filter(mode -> mode.jsonName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown mode " + name));
    }
}
