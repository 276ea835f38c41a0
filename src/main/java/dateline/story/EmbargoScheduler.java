package dateline.story;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases embargoed stories when their time comes. It keeps no state of its own: each round
 * asks the store what is due, so a restart (or a second node) loses nothing and releases what
 * fell due while it was down, at once on start.
 */
public final class EmbargoScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbargoScheduler.class);
    private final Newsroom newsroom;
    private final long periodMillis;
    private ScheduledExecutorService timer;

    /** @param periodMillis how often to look: a story goes out at most this late */
    public EmbargoScheduler(Newsroom newsroom, long periodMillis) {
        this.newsroom = newsroom;
        this.periodMillis = periodMillis;
    }

    public synchronized void start() {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embargo-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::round, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            int released = newsroom.releaseDue();
            if (released > 0) LOG.info("embargo: released {} stories", released);
        } catch (RuntimeException e) {
            // A store that is down now may be back next round; the stories wait in the store.
            LOG.warn("embargo: unable to release due stories: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }
}
