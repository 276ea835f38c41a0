/**
 * Webhooks: {@link dateline.wire.webhooks.Webhooks} registers endpoints (a Standard Webhooks
 * secret each) and reads a client's delivery log; {@link dateline.wire.webhooks.Dispatcher}
 * fills each endpoint's outbox in the store from the change log and delivers it lowest sequence
 * first through {@link dateline.wire.webhooks.Sender}, retrying with backoff and jitter, so
 * deliveries are in order, at least once, and survive restarts.
 */
package dateline.wire.webhooks;
