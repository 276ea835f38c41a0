package dateline.wire.webhooks;

import java.time.Instant;

/**
 * A change still owed to an endpoint. Only the lowest-sequence entry of an endpoint is ever
 * attempted, which is what keeps deliveries in order.
 *
 * @param failingSince when its first attempt failed; null until one has
 */
public record OutboxEntry(String webhookId, long seq, int attempts, Instant nextAttemptAt, Instant failingSince) {}
