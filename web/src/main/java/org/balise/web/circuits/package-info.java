/** The catalogue of published circuits, shared by both doors, and the loading of the circuits Balise ships. */
@NullMarked
package org.balise.web.circuits;

import org.jspecify.annotations.NullMarked;
