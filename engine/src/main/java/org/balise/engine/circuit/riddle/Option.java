package org.balise.engine.circuit.riddle;

import org.balise.engine.i18n.LocalizedText;

/**
 * A choice of a choice riddle, or an item of an ordering riddle.
 *
 * @param id unique within its riddle; answers refer to it
 * @param text what the team reads
 */
public record Option(String id, LocalizedText text) {
}
