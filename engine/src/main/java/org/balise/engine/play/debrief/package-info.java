/**
 * What happened in a game, for the teacher's debrief with the class: per team
 * ({@link org.balise.engine.play.debrief.TeamDebrief}), per session
 * ({@link org.balise.engine.play.debrief.SessionDebrief}, with per-station summaries) and the
 * {@link org.balise.engine.play.debrief.Leaderboard}. Pure functions over team states and their context.
 */
@NullMarked
package org.balise.engine.play.debrief;

import org.jspecify.annotations.NullMarked;
