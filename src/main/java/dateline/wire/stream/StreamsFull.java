package dateline.wire.stream;

/** The hub has as many open streams as it takes: 503, try again shortly. */
public final class StreamsFull extends RuntimeException {
    public StreamsFull(String message) { super(message); }
}
