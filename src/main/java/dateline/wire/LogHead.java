package dateline.wire;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest sequence of the change log, as this process knows it. Writes made here advance
 * it at once ({@link #advance}); writes by other processes sharing the store (an import from
 * the command line, another node) are seen by polling the store, so a derived view lags
 * by at most one poll interval and never serves a stale page after that.
 */
public final class LogHead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogHead.class);
    private final AtomicLong head = new AtomicLong();
    private final LongSupplier storeHead;
    private final ScheduledExecutorService poller;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public LogHead(LongSupplier storeHead, long pollMillis) {
        this.storeHead = storeHead;
        this.head.set(storeHead.getAsLong());
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "log-head-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    public long current() { return head.get(); }

    /**
     * Tells {@code listener} each time the head moves on. It runs on the thread that saw the move
     * (a committing writer, or the poller), so it must only wake its own thread, never do I/O.
     */
    public void onAdvance(Runnable listener) { listeners.add(listener); }

    /** Records a write this process committed. */
    public void advance(long seq) {
        long before = head.getAndAccumulate(seq, Math::max);
        if (seq > before) listeners.forEach(Runnable::run);
    }

    private void poll() {
        try {
            advance(storeHead.getAsLong());
        } catch (RuntimeException e) {
            LOG.warn("log head: unable to read the change log head: {}", e.getMessage());
        }
    }

    @Override
    public void close() { poller.shutdownNow(); }
}
