package org.balise.engine.circuit.model;

import org.balise.engine.i18n.LocalizedText;

/**
 * A web page to learn more.
 *
 * @param url an http or https address
 * @param label what the link says
 */
public record Link(String url, LocalizedText label) {
}
