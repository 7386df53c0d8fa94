package org.balise.engine.circuit.model;

import org.balise.engine.i18n.LocalizedText;

/**
 * An image, sound or video of a circuit.
 *
 * @param id unique in the circuit; stations and riddles refer to it
 * @param path the file relative to the circuit's folder, forward slashes, never leaving that folder
 * @param type what kind of media it is
 * @param alt what it shows or says, for players who cannot see or hear it
 * @param credit its author and licence
 */
public record Media(String id, String path, MediaType type, LocalizedText alt, String credit) {
}
