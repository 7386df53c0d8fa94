package org.balise.web.backoffice.classroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The classroom's settings, under {@code balise.classroom}.
 *
 * @param idleAfter a playing team that made no progress (arrival, answer, hint...) for this long is flagged idle
 * @param offlineAfter a playing team whose phones sent nothing at all for this long is flagged offline
 * @param areaMargin how far beyond the stations' zones (in metres) a team may walk before it is flagged out of
 *     the circuit's area
 * @param alertsEvery how often the dashboard re-evaluates alerts that depend on time passing alone
 * @param mapTiles a tile URL template such as {@code https://tile.example.org/{z}/{x}/{y}.png}; empty draws the
 *     zones on a blank background, which needs no internet access
 * @param mapAttribution the tiles' attribution, shown on the map when tiles are drawn
 */
@ConfigurationProperties("balise.classroom")
public record ClassroomSettings(
        @DefaultValue("PT10M") Duration idleAfter,
        @DefaultValue("PT3M") Duration offlineAfter,
        @DefaultValue("300") double areaMargin,
        @DefaultValue("PT15S") Duration alertsEvery,
        @DefaultValue("") String mapTiles,
        @DefaultValue("") String mapAttribution) {
}
