package org.balise.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Token buckets that slow down guessing: join codes per caller, answers per team and riddle. Buckets live
 * in memory, forgotten an hour after their last use; a restart forgives everyone, which is harmless at
 * these rates.
 *
 * <p>Thread-safe (Bucket4j buckets and a Caffeine cache).
 */
@Component
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    /**
     * Takes one token from the bucket named {@code key} (created with {@code limit} if new).
     *
     * @return how long to wait before trying again: zero when the call may go on
     */
    public Duration take(String key, Limit limit) {
        Bucket bucket = buckets.get(limit.name() + ":" + key, unused -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.burst(), limit.period())
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** The limits Balise applies, each a burst refilled evenly over a period. */
    public enum Limit {
        /** Join-code look-ups per caller address: enough for a class behind one school router. */
        JOIN_CODE(60, Duration.ofMinutes(1)),
        /** Answers to one riddle by one team: typing fast is fine, scripting every answer is not. */
        ANSWER(10, Duration.ofMinutes(1)),
        /** Any command of one team. */
        TEAM_COMMAND(120, Duration.ofMinutes(1));

        private final int burst;
        private final Duration period;

        Limit(int burst, Duration period) {
            this.burst = burst;
            this.period = period;
        }

        public int burst() {
            return burst;
        }

        public Duration period() {
            return period;
        }
    }
}
