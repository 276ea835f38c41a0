/**
 * The wire's subscribers: {@link dateline.wire.clients.Clients} adds them (printing a key once;
 * only its SHA-256 is kept), rotates and revokes keys (open streams close at once), and
 * recognises a key on a request, within the client's rate ({@link dateline.wire.clients.RateLimits}).
 */
package dateline.wire.clients;
