package dateline.auth;

import java.time.Instant;

/**
 * A member of staff.
 *
 * @param mustChangePassword their password is a one-time one: nothing else until they change it
 * @param hasToken           whether a personal API token is issued (the token itself is never kept)
 */
public record User(String name, Role role, boolean mustChangePassword, boolean hasToken, Instant createdAt) {}
