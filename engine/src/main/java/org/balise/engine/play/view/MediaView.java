package org.balise.engine.play.view;

import org.balise.engine.circuit.model.MediaType;

/**
 * A media to show.
 *
 * @param path the file relative to the circuit's folder
 * @param alt what it shows, for players who cannot see or hear it
 */
public record MediaView(String id, String path, MediaType type, String alt, String credit) {
}
