package org.balise.web.backoffice.classroom.dashboard;

import org.balise.web.backoffice.classroom.ClassroomSettings;
import org.balise.web.live.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A session's snapshots as they change: one after every burst of live events, and one every
 * {@code balise.classroom.alerts-every} so that alerts which depend on time passing alone (idle, offline)
 * appear although nothing happens.
 *
 * <p>Events that arrive while a snapshot is being read are folded into the next read, so a class of thirty
 * phones reporting positions every few seconds costs one read at a time per dashboard, never a queue.
 */
@Component
class DashboardFeed {

    private static final Logger log = LoggerFactory.getLogger(DashboardFeed.class);

    private final LiveFeed live;
    private final SnapshotReader reader;
    private final ClassroomSettings settings;

    DashboardFeed(LiveFeed live, SnapshotReader reader, ClassroomSettings settings) {
        this.live = live;
        this.reader = reader;
        this.settings = settings;
    }

    /** Until the watcher cancels; {@code activity} records every team event on the way. */
    Flux<ClassroomSnapshot> follow(String sessionId, TeamActivity activity) {
        Flux<Boolean> changes = live.watch(sessionId).doOnNext(activity::record).map(event -> Boolean.TRUE);
        Flux<Boolean> ticks = Flux.interval(settings.alertsEvery()).map(tick -> Boolean.TRUE);
        return Flux.merge(changes, ticks)
                .onBackpressureLatest()
                .concatMap(change -> reader.read(sessionId).onErrorResume(failure -> {
                    log.warn("Could not read session {} for its dashboard", sessionId, failure);
                    return Mono.empty();
                }), 1);
    }
}
