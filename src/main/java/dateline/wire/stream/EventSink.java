package dateline.wire.stream;

import java.io.IOException;

/**
 * Where a stream's bytes go: one open HTTP response (the web layer makes it). Only the hub's
 * writer threads call it, one at a time per sink, never the thread that committed a change.
 */
public interface EventSink {
    void write(byte[] bytes) throws IOException;

    void flush() throws IOException;

    /** Ends the response; safe to call more than once. */
    void close();

    /** Lets go of a response whose write failed (the client went away): the server has ended it. */
    void broken();
}
