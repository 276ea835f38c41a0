package dateline.wire.stream;

import dateline.wire.WireChange;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open stream: a bounded queue that the feeder offers to (never blocking, never writing),
 * drained by one writer thread at a time. Its cursor is the last sequence it has passed, sent
 * or not: a batch that starts beyond it means changes it missed (it joined late, or is
 * catching up), which it reads from the store first, so it never skips or repeats a change.
 */
final class Subscriber {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);
    /** A contiguous stretch of the log, {@code from} to {@code to}, every change in it. */
    record Batch(long from, long to, List<WireChange> changes) {}

    private static final Object HEARTBEAT = new Object();
    final Subscription wants;
    private final EventSink sink;
    private final StreamHub hub;
    private final ArrayBlockingQueue<Object> queue;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile String dropReason;
    private volatile boolean closed;
    private boolean opened;
    private long cursor;

    Subscriber(Subscription wants, EventSink sink, StreamHub hub, int capacity) {
        this.wants = wants;
        this.sink = sink;
        this.hub = hub;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.cursor = wants.since();
    }

    /** Called by the feeder: hands over a batch, or drops this subscriber when it is too far behind. */
    void offer(Batch batch) {
        if (closed) return;
        if (!queue.offer(batch)) {
            drop("too slow: " + queue.size() + " batches of changes were waiting; reconnect with Last-Event-ID to resume");
        }
        schedule();
    }

    void heartbeat() {
        if (!closed && queue.offer(HEARTBEAT)) schedule();
    }

    /** Ends this stream with a last event saying why (written by the writer thread, not the caller). */
    void drop(String reason) {
        if (dropReason == null) dropReason = reason;
        queue.clear();
        schedule();
    }

    void schedule() {
        if (!closed && scheduled.compareAndSet(false, true)) hub.writers().execute(this::drain);
    }

    private void drain() {
        try {
            if (!opened) open();
            Object item;
            while (dropReason == null && (item = queue.poll()) != null) {
                if (item == HEARTBEAT) sink.write(SseFrames.HEARTBEAT);
                else send((Batch) item);
            }
            if (dropReason != null) {
                sink.write(SseFrames.dropped(dropReason));
                sink.flush();
                close();
                return;
            }
            sink.flush();
        } catch (IOException e) {
            // The client went away; it resumes by Last-Event-ID.
            end(false);
        } catch (RuntimeException e) {
            // The store failed mid-replay, or a change could not be written: the client
            // reconnects and resumes by Last-Event-ID; the operator needs to know.
            LOG.warn("wire stream: closing the stream of {} after change {}: {}",
                    wants.client() == null ? "a reader" : wants.client(), cursor, e.toString());
            close();
        } finally {
            scheduled.set(false);
        }
        if (!closed && (!queue.isEmpty() || dropReason != null)) schedule();
    }

    /** The first write: the opening lines, then everything from the cursor up to what the feeder has fanned out. */
    private void open() throws IOException {
        opened = true;
        sink.write(SseFrames.OPENED);
        replay(hub.fed());
    }

    private void send(Batch batch) throws IOException {
        if (batch.to() <= cursor) return;
        if (batch.from() > cursor + 1) replay(batch.from() - 1);
        for (WireChange change : batch.changes()) {
            if (change.seq() <= cursor) continue;
            if (wants.sees().test(change)) sink.write(change.rendered(wants.shape(), wants.frame()));
            cursor = change.seq();
        }
        cursor = Math.max(cursor, batch.to());
    }

    /** Changes after the cursor up to {@code to}, from the store. */
    private void replay(long to) throws IOException {
        while (cursor < to) {
            List<WireChange> rows = hub.log().all(cursor, 500);
            if (rows.isEmpty()) return;
            for (WireChange change : rows) {
                if (change.seq() > to) return;
                if (wants.sees().test(change)) sink.write(change.rendered(wants.shape(), wants.frame()));
                cursor = change.seq();
            }
            sink.flush();
        }
    }

    void close() { end(true); }

    private void end(boolean closeSink) {
        if (closed) return;
        closed = true;
        queue.clear();
        if (closeSink) sink.close();
        else sink.broken();
        hub.remove(this);
    }
}
