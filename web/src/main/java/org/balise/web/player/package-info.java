/** The phone app's static files, served by the play door at its root. */
@NullMarked
package org.balise.web.player;

import org.jspecify.annotations.NullMarked;
