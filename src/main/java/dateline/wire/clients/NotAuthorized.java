package dateline.wire.clients;

/** A request without a key that opens the wire: 401, with what was wrong with it. */
public final class NotAuthorized extends RuntimeException {
    public NotAuthorized(String message) { super(message); }
}
