package org.contactpoint.web.partner;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per partner system: up to {@code perSecond} requests each second, with bursts of one second's
 * worth. Per server instance: with n instances behind a balancer a partner gets at most n times its rate.
 */
final class RateLimits {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when the request may go ahead, else the whole seconds to wait */
    long acquire(String partner, int perSecond) {
        return buckets.computeIfAbsent(partner, p -> new Bucket()).take(perSecond, System.nanoTime());
    }

    static final class Bucket {
        private double tokens = -1;
        private long last;

        synchronized long take(int perSecond, long now) {
            if (tokens < 0) {
                tokens = perSecond;
            } else {
                tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
            }
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
