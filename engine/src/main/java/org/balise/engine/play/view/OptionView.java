package org.balise.engine.play.view;

/**
 * An option or an item as a team sees it.
 *
 * @param key what the team's phones send back to name it (never the circuit's id)
 */
public record OptionView(String key, String text) {
}
