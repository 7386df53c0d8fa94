package org.balise.web.api;

/**
 * What {@code GET /api/info} answers: enough for a phone or an operator to know what they talk to.
 *
 * @param name always {@code Balise}
 * @param version the running build
 * @param datastore {@code embedded} or {@code mongodb}
 * @param circuits how many published circuits can be played
 */
public record ServerInfo(String name, String version, String datastore, long circuits) {
}
