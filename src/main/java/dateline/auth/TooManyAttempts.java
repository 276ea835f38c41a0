package dateline.auth;

/** Too many failed logins for an account or from an address: try again after {@code retryAfterSeconds}. */
public final class TooManyAttempts extends RuntimeException {
    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super("too many failed logins: try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() { return retryAfterSeconds; }
}
