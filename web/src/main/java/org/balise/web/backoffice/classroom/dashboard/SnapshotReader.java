package org.balise.web.backoffice.classroom.dashboard;

import java.time.Clock;
import org.balise.web.circuits.CircuitCatalogue;
import org.balise.web.game.GameSessions;
import org.balise.web.live.LiveFeed;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads a session's snapshot without blocking: it runs on the live feed's threads as well as on requests. */
@Component
class SnapshotReader {

    private final GameSessions games;
    private final CircuitCatalogue catalogue;
    private final LiveFeed live;
    private final Clock clock;

    SnapshotReader(GameSessions games, CircuitCatalogue catalogue, LiveFeed live, Clock clock) {
        this.games = games;
        this.catalogue = catalogue;
        this.live = live;
        this.clock = clock;
    }

    /** The session now; empty once it is deleted. */
    Mono<ClassroomSnapshot> read(String sessionId) {
        return games.session(sessionId).flatMap(session -> Mono.zip(
                        games.state(session),
                        catalogue.circuit(session.circuitId(), session.circuitVersion()),
                        games.games(sessionId).collectList())
                .map(read -> new ClassroomSnapshot(session, read.getT1(), read.getT2(), read.getT3(),
                        live.teamWatchers(sessionId), clock.instant())));
    }
}
