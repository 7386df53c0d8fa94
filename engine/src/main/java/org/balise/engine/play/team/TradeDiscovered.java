package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeName;

/** A solved station showed the team a trade it had not seen yet. */
@TypeName("trade-discovered")
public record TradeDiscovered(String commandId, Instant at, String stationId, String tradeId) implements TeamEvent {
}
