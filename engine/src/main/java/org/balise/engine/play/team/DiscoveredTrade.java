package org.balise.engine.play.team;

import java.time.Instant;

/** A trade a team discovered, and the station that showed it. */
public record DiscoveredTrade(String tradeId, String stationId, Instant at) {
}
