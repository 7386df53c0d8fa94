/** Creating a class session, listing and starting sessions, and the printable poster pupils join with. */
@NullMarked
package org.balise.web.backoffice.classroom.sessions;

import org.jspecify.annotations.NullMarked;
