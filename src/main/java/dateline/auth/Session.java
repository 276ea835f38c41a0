package dateline.auth;

import java.time.Instant;

/**
 * A signed-in browser. The cookie holds {@code secret}; the store holds only its digest.
 *
 * @param csrf the token every form and state-changing request of this session must carry
 */
public record Session(String secret, User user, String csrf, Instant expiresAt) {}
