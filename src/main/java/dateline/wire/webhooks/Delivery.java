package dateline.wire.webhooks;

import java.time.Instant;

/**
 * One line of a client's delivery log: an attempt to deliver change {@code seq} to an endpoint,
 * or the endpoint's disabling.
 *
 * @param status the receiver's HTTP status; 0 when there was none (refused, timed out, disabled)
 */
public record Delivery(String webhookId, String url, long seq, int attempt, Instant at, int status, String outcome) {}
