package org.balise.engine.circuit.model;

import org.balise.engine.i18n.LocalizedText;

/**
 * A piece of the final riddle's answer, given by a station when solved.
 *
 * @param id unique in the circuit; the final riddle lists the clues it needs by id
 * @param text what the team receives
 */
public record Clue(String id, LocalizedText text) {
}
