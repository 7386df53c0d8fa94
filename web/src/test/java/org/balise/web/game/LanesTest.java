package org.balise.web.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

class LanesTest {

    private final Lanes lanes = new Lanes();

    @Test
    void workUnderOneKeyRunsOnePieceAtATimeInOrder() {
        AtomicInteger running = new AtomicInteger();
        List<Integer> overlaps = new CopyOnWriteArrayList<>();
        List<Integer> order = new CopyOnWriteArrayList<>();

        Flux.range(0, 50)
                .flatMap(n -> lanes.run("session", () -> Mono.fromRunnable(() -> {
                            overlaps.add(running.incrementAndGet());
                            order.add(n);
                        })
                        .then(Mono.delay(Duration.ofMillis(1)))
                        .doOnTerminate(running::decrementAndGet)), 50)
                .blockLast(Duration.ofSeconds(10));

        assertThat(overlaps).containsOnly(1);
        assertThat(order).hasSize(50).isSorted();
    }

    @Test
    void aFailedOrCancelledPieceDoesNotStopTheNext() {
        assertThat(lanes.run("s", () -> Mono.<String>error(new IllegalStateException("boom")))
                .onErrorReturn("failed").block()).isEqualTo("failed");
        lanes.run("s", () -> Mono.never()).subscribe().dispose();

        assertThat(lanes.run("s", () -> Mono.just("next")).block(Duration.ofSeconds(5))).isEqualTo("next");
    }

    @Test
    void differentKeysDoNotWaitForEachOther() {
        Mono<String> slow = lanes.run("a", () -> Mono.delay(Duration.ofSeconds(5)).thenReturn("slow"))
                .subscribeOn(Schedulers.parallel());
        slow.subscribe();

        assertThat(lanes.run("b", () -> Mono.just("quick")).block(Duration.ofSeconds(1))).isEqualTo("quick");
    }
}
