package org.balise.engine.circuit.model;

/** The kinds of media a circuit may show. */
public enum MediaType {
    IMAGE, AUDIO, VIDEO
}
