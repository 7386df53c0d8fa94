package org.balise.loadtest;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A joined team as the generator plays it: its id and token, where along the walk it started, and what it
 * has in flight. A phone sends its next batch only after the previous one was answered, and so does this.
 *
 * <p>{@link #random} and {@link #answeredVisit} belong to the schedule's thread; the flags are shared with
 * the event loops that complete the requests.
 */
final class Team {

    final int index;
    final String id;
    final String token;
    final String fixesPath;
    final String commandsPath;
    /** Seconds into the walk at the start of the run, so that teams are spread over the loop. */
    final double walkOffsetSeconds;
    final SplittableRandom random;
    final AtomicBoolean sendingFixes = new AtomicBoolean();
    final AtomicBoolean answering = new AtomicBoolean();
    long answeredVisit = -1;
    @Nullable Delivery delivery;

    Team(int index, String id, String token, double walkOffsetSeconds, SplittableRandom random) {
        this.index = index;
        this.id = id;
        this.token = token;
        this.fixesPath = "/api/teams/" + id + "/fixes";
        this.commandsPath = "/api/teams/" + id + "/commands";
        this.walkOffsetSeconds = walkOffsetSeconds;
        this.random = random;
    }
}
