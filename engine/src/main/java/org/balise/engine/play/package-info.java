/**
 * Play: what happens in a game, decided the same way on the server, in tests and in replays.
 *
 * <p>Game state is event-sourced. Each decider is a pair of pure functions: {@code decide(state, command,
 * now) -> events} and {@code evolve(state, event) -> state}, with an initial state. Time is passed in, never
 * read; randomness is seeded. A refused command yields a refusal event with a {@link
 * org.balise.engine.play.RefusalReason} and a sentence; a command whose id was already applied yields no
 * event at all, which is how several phones of one team, retrying over a poor network, agree.
 *
 * <ul>
 *   <li>this package: what both deciders share (the {@link org.balise.engine.play.GameRules}, the
 *       {@link org.balise.engine.play.PlayClock} that freezes time during pauses, the circuit prepared for
 *       play, names of events for storage);</li>
 *   <li>{@code session}: a session's lifecycle and its teams ({@code SessionDecider});</li>
 *   <li>{@code team}: one team's game ({@code TeamDecider}), which receives what it needs of its session as
 *       an explicit {@code TeamContext};</li>
 *   <li>{@code view}: what a team's phones may see ({@code PlayerViews}), which never holds an answer;</li>
 *   <li>{@code debrief}: what happened, per team and per session, and the leaderboard.</li>
 * </ul>
 * Dependencies point one way: {@code view} and {@code debrief} read {@code team} and {@code session};
 * {@code team} reads {@code session}; all read this package and never the reverse.
 */
@NullMarked
package org.balise.engine.play;

import org.jspecify.annotations.NullMarked;
