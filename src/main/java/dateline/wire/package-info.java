/**
 * The wire: distribution to subscribing media, every delivery a reader of the change log by
 * sequence number. Its data: clients and their key hashes, webhook endpoints, the webhook outbox
 * and the delivery log (migration V4; SQL in {@code store.SqlWireStore}).
 *
 * <p>Reading map. At the root, the entry and what every way of delivery shares:
 * {@link dateline.wire.Wire} (built by App; starts the live parts),
 * {@link dateline.wire.LogHead} (how far the log has got; wakes the live parts),
 * {@link dateline.wire.WireLog} and {@link dateline.wire.WireChange} (the log as clients read it:
 * each change with the story as that change left it, never as it is now, so a replay is
 * faithful), {@link dateline.wire.Entitlement} (who sees what: no drafts, embargoed copy only to
 * clients entitled to it, sections), {@link dateline.wire.WireJson} (the one change shape,
 * {@code {"seq","action","ninjs"}}). Then the rooms:
 * <ul>
 *   <li>{@code clients}: API keys (only hashes kept), entitlements, revocation, rate limits;</li>
 *   <li>{@code stream}: the SSE hub: one feeder, a bounded queue per subscriber, writer threads,
 *       heartbeats, Last-Event-ID replay, slow clients dropped with the reason;</li>
 *   <li>{@code webhooks}: the outbox filled from the log, Standard Webhooks signing, retries with
 *       backoff and jitter in order per endpoint, disabling after a day of failures.</li>
 * </ul>
 * HTTP is in {@code web.api.WireApi} and {@code web.api.WireStreams}; the commands in
 * {@code cli.ClientCommand}.
 */
package dateline.wire;
