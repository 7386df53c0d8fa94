/**
 * The live class dashboard: where every team is, who is stuck, and the teacher's actions (messages,
 * recall, pause, unlock, points, photos), pushed to the page as the live feed reports progress.
 */
@NullMarked
package org.balise.web.backoffice.classroom.dashboard;

import org.jspecify.annotations.NullMarked;
