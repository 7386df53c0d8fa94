/** Settings shared by both doors: typed, documented, defaulted. */
@NullMarked
package org.balise.web.config;

import org.jspecify.annotations.NullMarked;
