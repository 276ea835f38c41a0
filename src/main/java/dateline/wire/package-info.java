/**
 * Distribution, derived from the change log by sequence number. For now: {@link dateline.wire.LogHead},
 * how far the log has got, which every derived view (page caches first) checks itself against.
 */
package dateline.wire;
