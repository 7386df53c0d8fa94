package org.balise.web.live;

import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * One stream of progress events per session. Publishers never wait for watchers; a watcher that falls
 * behind loses the oldest events rather than slowing the game (watchers resynchronise from the store).
 *
 * <p>This node's implementation is in-process ({@link InProcessLiveFeed}); several nodes over one MongoDB
 * replica set would share a feed fed by change streams behind this same interface.
 */
public interface LiveFeed {

    void publish(LiveEvent event);

    /** The events of one session from now on, until the watcher cancels. */
    Flux<LiveEvent> watch(String sessionId);

    /**
     * The events about one team that may change what its phones show, and those about its whole session, from
     * now on, until the watcher cancels. Positions go to the session's watchers only.
     */
    Flux<LiveEvent> watchTeam(String sessionId, String teamId);

    /** How many watch each team of the session now (its phones' live streams on this node), by team id. */
    Map<String, Integer> teamWatchers(String sessionId);
}
