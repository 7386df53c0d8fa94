package org.balise.engine.play.view;

/** A clue the team holds, and the station that gave it. */
public record ClueView(String id, String text, String stationId) {
}
