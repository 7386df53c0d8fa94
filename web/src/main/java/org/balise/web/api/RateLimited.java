package org.balise.web.api;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.balise.web.security.RateLimits;
import org.springframework.web.reactive.function.server.ServerRequest;

/** Rate-limit checks for handlers: a {@link ApiProblemException} with the time to wait, or nothing. */
final class RateLimited {

    private RateLimited() {
    }

    static void check(RateLimits limits, RateLimits.Limit limit, String key) {
        Duration wait = limits.take(key, limit);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + 1);
            throw new ApiProblemException(ProblemType.RATE_LIMITED,
                    "Too many requests: try again in " + seconds + " s.", Map.of("retryAfterSeconds", seconds));
        }
    }

    /** The caller's address, for limits on callers without a token. */
    static String caller(ServerRequest request) {
        return request.remoteAddress().map(InetSocketAddress::getHostString).orElse("unknown");
    }
}
