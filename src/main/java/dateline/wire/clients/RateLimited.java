package dateline.wire.clients;

/** A client asked more often than its rate allows: 429, and when to ask again. */
public final class RateLimited extends RuntimeException {
    private final long retryAfterSeconds;

    public RateLimited(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds, as the Retry-After header takes them. */
    public long retryAfterSeconds() { return retryAfterSeconds; }
}
