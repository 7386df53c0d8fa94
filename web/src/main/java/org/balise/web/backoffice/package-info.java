/** The back-office door: Vaadin on Tomcat, for authors and teachers; its login and its shell. */
@NullMarked
package org.balise.web.backoffice;

import org.jspecify.annotations.NullMarked;
