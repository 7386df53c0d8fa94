package org.balise.engine.play.session;

import java.time.Instant;

/**
 * A team as its session knows it.
 *
 * @param index the team's place in the order of joining, from 0: it picks the team's route
 */
public record TeamMember(String teamId, String name, String language, int index, Instant joinedAt) {

    public TeamMember {
        if (index < 0) {
            throw new IllegalArgumentException("a team's index is not negative, was " + index);
        }
    }

    /** The member a {@link TeamJoined} event describes. */
    public static TeamMember of(TeamJoined joined) {
        return new TeamMember(joined.teamId(), joined.name(), joined.language(), joined.index(), joined.at());
    }
}
