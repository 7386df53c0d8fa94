/**
 * The rules of Balise in plain Java: circuits ({@code circuit}), geofencing and presence ({@code geo}),
 * play ({@code play}), answer matching ({@code answer}) and localized text ({@code i18n}).
 *
 * <p>The engine depends on no framework, datastore or web API; {@code EngineArchitectureTest} keeps it so.
 */
@NullMarked
package org.balise.engine;

import org.jspecify.annotations.NullMarked;
