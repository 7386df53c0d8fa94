/** The play door: WebFlux on Netty, for phones only. */
@NullMarked
package org.balise.web.play;

import org.jspecify.annotations.NullMarked;
