package org.balise.engine.play.team;

import java.time.Instant;
import org.balise.engine.play.TypeNames;

/**
 * What happened to a team. Records of plain values (ids, instants, numbers, enums, small value records), so
 * that the web layer stores them as JSON next to their {@link #type()}; {@code TypeNames.registry(TeamEvent.class)}
 * maps the names back to the records. Events may be sent to the team's own phones and its teacher as they
 * happen: no event holds a secret the team did not type itself (an accepted answer, a right option, a code,
 * a QR value).
 */
public sealed interface TeamEvent
        permits PositionAccepted, FixRejected, SuspiciousFixFlagged, StationArrived, WrongCodeEntered,
                CorrectAnswerGiven, WrongAnswerGiven, StationSolved, ClueCollected, TradeDiscovered, FinalRiddleOpened,
                FinalRiddleSolved, TeamFinished, HintTaken, PhotoSubmitted, PhotoApproved, PhotoRejected,
                MessageReceived, MessageAcknowledged, PointsAwarded, TeamCommandRefused {

    /** The command that caused it. */
    String commandId();

    /** When it was decided. */
    Instant at();

    /** The event's stable name. */
    default String type() {
        return TypeNames.of(getClass());
    }

    /**
     * Whether the event belongs in the durable event store. Raw positions do not (privacy and volume): the web
     * layer keeps them in memory, or in a store with a time to live. A state replayed without them differs only
     * in its presence evidence and last fix, so a team standing in a zone during a restart dwells again.
     */
    default boolean durable() {
        return true;
    }

    /**
     * Whether the event can change what the team's phones show ({@code PlayerViews}). Views show no position,
     * so an accepted or a rejected fix leaves them as they were: phones need no new view for it, which spares
     * the server a view per position sent (docs/benchmarks.md).
     */
    default boolean changesView() {
        return true;
    }
}
