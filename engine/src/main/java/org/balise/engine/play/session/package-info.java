/**
 * A session: one class playing one circuit version in one mode, by one set of {@code GameRules}. Its
 * decider ({@link org.balise.engine.play.session.SessionDecider}) creates, starts, pauses, resumes and ends
 * it, lets teams join (giving each its index, which picks its route) and broadcasts teachers' messages.
 * Its state gives each team's decider the context it plays in.
 */
@NullMarked
package org.balise.engine.play.session;

import org.jspecify.annotations.NullMarked;
