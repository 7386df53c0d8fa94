package org.balise.engine.play.team;

import org.balise.engine.play.TypeName;

/**
 * On site: the team typed the code written at a station, compared without case, accents, punctuation or
 * spacing. Wrong codes count like wrong answers, with the same cool-down.
 */
@TypeName("enter-on-site-code")
public record EnterOnSiteCode(String commandId, String stationId, String code) implements TeamCommand {
}
