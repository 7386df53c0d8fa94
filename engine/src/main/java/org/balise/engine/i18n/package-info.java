/**
 * Localized text: a text per language, its resolution with fallback to a default language, and the
 * completeness report that lists every missing translation.
 *
 * <p>Languages are BCP 47 tags compared as written (a circuit declares them once and uses the same
 * spelling everywhere; the schema checks their form).
 */
@NullMarked
package org.balise.engine.i18n;

import org.jspecify.annotations.NullMarked;
