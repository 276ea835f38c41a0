package dateline.wire.clients;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client, in this process's memory: a client may make {@code ratePerMinute}
 * requests a minute, with bursts of up to a tenth of a minute's worth (at least 5), so that a
 * client paging through a backlog is not stopped while one hammering the API is.
 */
public final class RateLimits {
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimits(Clock clock) { this.clock = clock; }

    /** Takes one request from the client's allowance, or throws {@link RateLimited}. */
    public void take(Client client) {
        Bucket bucket = buckets.compute(client.name(), (name, b) ->
                b == null || b.rate != client.ratePerMinute() ? new Bucket(client.ratePerMinute(), now()) : b);
        long waitMillis = bucket.take(now());
        if (waitMillis > 0) {
            throw new RateLimited("client " + client.name() + " may make " + client.ratePerMinute()
                    + " requests a minute; try again in " + seconds(waitMillis) + " s", seconds(waitMillis));
        }
    }

    private long now() { return clock.millis(); }

    private static long seconds(long millis) { return Math.max(1, (millis + 999) / 1000); }

    private static final class Bucket {
        final int rate;
        final double capacity;
        double tokens;
        long at;

        Bucket(int rate, long now) {
            this.rate = rate;
            this.capacity = Math.max(5, rate / 10.0);
            this.tokens = capacity;
            this.at = now;
        }

        /** 0 when a token was taken, else how long until there is one. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * rate / 60_000.0);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60_000.0 / rate);
        }
    }
}
