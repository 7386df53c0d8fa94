/**
 * One team's game, as a decider: {@link org.balise.engine.play.team.TeamDecider} decides what each
 * {@link org.balise.engine.play.team.TeamCommand} makes happen ({@link org.balise.engine.play.team.TeamEvent}s)
 * and evolves the {@link org.balise.engine.play.team.TeamState}. What the team needs of its session (the
 * circuit, the mode, the rules, the clock with its pauses, the team's route, broadcast messages) comes in as
 * an explicit {@link org.balise.engine.play.team.TeamContext}.
 *
 * <p>Positions go through the geo room's {@code FixFilter} and {@code PresenceDecider}; answers through the
 * answer room's {@code AnswerChecker}. Events carry every number they change (points applied, costs charged,
 * cool-down ends), so that evolving needs no context and a replay gives the same state whatever the circuit.
 */
@NullMarked
package org.balise.engine.play.team;

import org.jspecify.annotations.NullMarked;
