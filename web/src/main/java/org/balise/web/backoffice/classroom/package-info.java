/**
 * The teacher's side of a class game: sessions and their posters ({@code sessions}), the live dashboard
 * ({@code dashboard}) and the debrief ({@code debrief}). A teacher sees only the sessions they own; an
 * administrator sees all ({@link org.balise.web.backoffice.classroom.SessionAccess}).
 */
@NullMarked
package org.balise.web.backoffice.classroom;

import org.jspecify.annotations.NullMarked;
