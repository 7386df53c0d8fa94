/** After the game: what each team and the class did, its CSV export, printable reports, and deletion. */
@NullMarked
package org.balise.web.backoffice.classroom.debrief;

import org.jspecify.annotations.NullMarked;
