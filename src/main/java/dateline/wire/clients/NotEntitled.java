package dateline.wire.clients;

/** A client asked for what it does not receive (a section outside its own): 403. */
public final class NotEntitled extends RuntimeException {
    public NotEntitled(String message) { super(message); }
}
