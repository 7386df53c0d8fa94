/**
 * The studio's map, where an author places and shapes the stations' zones: a Leaflet map of Balise's own
 * (Leaflet core from its WebJar, no npm package), which draws every zone, lets the author draw and drag the
 * selected station's zone, and hands back zones in the circuit's JSON format. Whatever the browser sends is
 * checked again here before anyone hears of it.
 */
@NullMarked
package org.balise.web.backoffice.studio.map;

import org.jspecify.annotations.NullMarked;
