package org.balise.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

class InProcessLiveFeedTest {

    private final InProcessLiveFeed feed = new InProcessLiveFeed();

    @Test
    void aWatcherSeesItsSessionsEventsAndNoOtherSessions() {
        List<LiveEvent> seen = new CopyOnWriteArrayList<>();
        Disposable watching = feed.watch("s1").subscribe(seen::add);

        feed.publish(event("s1", "team-joined"));
        feed.publish(event("s2", "team-joined"));
        feed.publish(event("s1", "station-arrived"));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(seen).extracting(LiveEvent::type)
                        .containsExactly("team-joined", "station-arrived"));
        watching.dispose();
    }

    @Test
    void eventsPublishedByFourThreadsAtOnceAllReachTheWatcher() throws Exception {
        List<LiveEvent> seen = new CopyOnWriteArrayList<>();
        Disposable watching = feed.watch("busy").subscribe(seen::add);
        ExecutorService phones = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int phone = 0; phone < 4; phone++) {
            phones.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    feed.publish(event("busy", "position-accepted"));
                }
                return null;
            });
        }
        start.countDown();
        phones.shutdown();
        assertThat(phones.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(seen).hasSize(200));
        watching.dispose();
    }

    @Test
    void publishingToASessionNobodyWatchesIsHarmless() {
        feed.publish(event("nobody", "team-joined"));

        assertThat(feed.watch("nobody").take(Duration.ofMillis(50)).collectList().block()).isEmpty();
    }

    @Test
    void aTeamsWatcherSeesItsTeamsEventsAndTheSessionsButNoOtherTeams() {
        List<LiveEvent> owls = new CopyOnWriteArrayList<>();
        List<LiveEvent> dashboard = new CopyOnWriteArrayList<>();
        Disposable watchingOwls = feed.watchTeam("s1", "owls").subscribe(owls::add);
        Disposable watchingAll = feed.watch("s1").subscribe(dashboard::add);

        feed.publish(teamEvent("s1", "owls", "station-arrived"));
        feed.publish(teamEvent("s1", "foxes", "station-arrived"));
        feed.publish(event("s1", "session-paused"));
        feed.publish(teamEvent("s2", "owls", "hint-taken"));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(owls).extracting(LiveEvent::type).containsExactly("station-arrived", "session-paused");
            assertThat(dashboard).hasSize(3);
        });
        watchingOwls.dispose();
        watchingAll.dispose();
    }

    @Test
    void aPositionGoesToTheSessionsWatchersButNotToTheTeamsPhones() {
        List<LiveEvent> owls = new CopyOnWriteArrayList<>();
        List<LiveEvent> dashboard = new CopyOnWriteArrayList<>();
        Disposable watchingOwls = feed.watchTeam("s1", "owls").subscribe(owls::add);
        Disposable watchingAll = feed.watch("s1").subscribe(dashboard::add);

        feed.publish(new LiveEvent("s1", "owls", "position-accepted", Instant.parse("2026-11-23T10:00:00Z"), Map::of,
                false));
        feed.publish(teamEvent("s1", "owls", "station-arrived"));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(dashboard).extracting(LiveEvent::type).containsExactly("position-accepted", "station-arrived");
            assertThat(owls).extracting(LiveEvent::type).containsExactly("station-arrived");
        });
        watchingOwls.dispose();
        watchingAll.dispose();
    }

    @Test
    void aTeamWatchedAgainAfterItsLastWatcherLeftStillGetsItsEvents() {
        feed.watchTeam("s1", "owls").subscribe().dispose();
        List<LiveEvent> seen = new CopyOnWriteArrayList<>();
        Disposable first = feed.watchTeam("s1", "owls").subscribe(seen::add);
        Disposable second = feed.watchTeam("s1", "owls").subscribe();
        assertThat(feed.teamWatchers("s1")).isEqualTo(Map.of("owls", 2));
        second.dispose();
        assertThat(feed.teamWatchers("s1")).isEqualTo(Map.of("owls", 1));

        feed.publish(teamEvent("s1", "owls", "station-solved"));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(seen).extracting(LiveEvent::type).containsExactly("station-solved"));
        first.dispose();
        assertThat(feed.teamWatchers("s1")).isEmpty();
    }

    private static LiveEvent teamEvent(String session, String team, String type) {
        return new LiveEvent(session, team, type, Instant.parse("2026-11-23T10:00:00Z"), Map::of, true);
    }

    private static LiveEvent event(String session, String type) {
        return new LiveEvent(session, null, type, Instant.parse("2026-11-23T10:00:00Z"), Map::of, true);
    }
}
