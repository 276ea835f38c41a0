package dateline.auth;

/** Signed in, but not allowed: too low a role, a missing CSRF token, or a one-time password not yet changed. */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) { super(message); }
}
