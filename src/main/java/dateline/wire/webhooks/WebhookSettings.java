package dateline.wire.webhooks;

import java.time.Duration;

/**
 * How webhooks are delivered; tests shorten every time.
 *
 * @param tick        how often the outboxes are filled from the log and due deliveries tried
 *                    (a write in this process also wakes the dispatcher at once)
 * @param firstRetry  the wait after a first failure; it doubles with each failure after
 * @param maxRetry    the longest wait between two attempts
 * @param giveUpAfter how long an endpoint may fail without a success before it is disabled
 * @param timeout     how long a receiver may take to answer before the attempt counts as failed
 * @param senders     endpoints delivered to at the same time (each endpoint one change at a time)
 */
public record WebhookSettings(Duration tick, Duration firstRetry, Duration maxRetry, Duration giveUpAfter,
                              Duration timeout, int senders) {
    public static WebhookSettings standard() {
        return new WebhookSettings(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofHours(1),
                Duration.ofHours(24), Duration.ofSeconds(15), 4);
    }

    /**
     * The wait before attempt {@code failures + 1}: exponential, capped, with jitter over its
     * second half, so that endpoints failing together do not retry in lockstep.
     */
    public Duration backoff(int failures, double random) {
        long first = firstRetry.toMillis();
        long exponential = failures >= 40 ? Long.MAX_VALUE : first << Math.min(failures - 1, 40);
        long capped = Math.min(Math.max(first, exponential), maxRetry.toMillis());
        return Duration.ofMillis(capped / 2 + (long) (random * (capped / 2.0)));
    }
}
