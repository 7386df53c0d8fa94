/** The phone API under {@code /api}, on the play door: JSON and Server-Sent Events. */
@NullMarked
package org.balise.web.api;

import org.jspecify.annotations.NullMarked;
