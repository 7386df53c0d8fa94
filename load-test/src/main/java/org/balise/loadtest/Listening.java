package org.balise.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import reactor.core.Disposable;

/**
 * The SSE listeners: one on each of the first teams' streams, as a second phone of the team would follow it.
 * Each view's id goes to the team's {@link Delivery}. A stream that ends or fails during the run is counted
 * as lost, not reopened.
 */
final class Listening implements AutoCloseable {

    private static final Duration OPEN_TIME_LIMIT = Duration.ofSeconds(120);

    private final List<Disposable> streams = new ArrayList<>();
    private final CountDownLatch firstViews;
    private final LongAdder views = new LongAdder();
    private final LongAdder lost = new LongAdder();

    private Listening(int count) {
        this.firstViews = new CountDownLatch(count);
    }

    /**
     * Opens the streams of {@code teams} and waits until each has sent its first view (the view now).
     *
     * @return the listeners, with {@link #opened()} false if some did not start within the time limit
     */
    static Listening open(PhoneApi api, List<Team> teams, Measurements measurements) throws InterruptedException {
        Listening listening = new Listening(teams.size());
        for (Team team : teams) {
            Delivery delivery = new Delivery(measurements);
            team.delivery = delivery;
            boolean[] first = {true};
            SseIds ids = new SseIds(sequence -> {
                delivery.viewed(sequence, System.nanoTime());
                listening.views.increment();
                if (first[0]) {
                    first[0] = false;
                    listening.firstViews.countDown();
                }
            });
            listening.streams.add(api.stream(team.id, team.token, ids::accept)
                    .subscribe(ended -> { }, failed -> listening.lost.increment(), listening.lost::increment));
        }
        listening.firstViews.await(OPEN_TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
        return listening;
    }

    boolean opened() {
        return firstViews.getCount() == 0;
    }

    long notOpened() {
        return firstViews.getCount();
    }

    long views() {
        return views.sum();
    }

    long lost() {
        return lost.sum();
    }

    @Override
    public void close() {
        streams.forEach(Disposable::dispose);
    }
}
