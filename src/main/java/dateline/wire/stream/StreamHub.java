package dateline.wire.stream;

import dateline.wire.LogHead;
import dateline.wire.WireLog;
import dateline.wire.WireChange;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live wire: one feeder thread reads each new stretch of the change log once (woken by
 * {@link LogHead}) and offers it to every open stream's bounded queue; a small pool of writer
 * threads drains those queues to the sockets. A committing writer only wakes the feeder, so no
 * client, however slow, holds up a write; a client too slow to keep its queue short is dropped
 * with the reason, and resumes by Last-Event-ID.
 */
public final class StreamHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);
    private final WireLog log;
    private final LogHead head;
    private final StreamSettings settings;
    private final Supplier<Set<String>> activeKeys;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final ExecutorService writers;
    private final ScheduledExecutorService timers;
    private final Object wake = new Object();
    private volatile long fed;
    private volatile boolean running;
    private Thread feeder;

    /** @param activeKeys the key hashes that still open the wire, checked on every {@code keyCheck} */
    public StreamHub(WireLog log, LogHead head, StreamSettings settings, Supplier<Set<String>> activeKeys) {
        this.log = log;
        this.head = head;
        this.settings = settings;
        this.activeKeys = activeKeys;
        this.writers = Executors.newFixedThreadPool(settings.writers(), named("wire-stream-writer"));
        this.timers = Executors.newSingleThreadScheduledExecutor(named("wire-stream-timer"));
        head.onAdvance(this::wake);
    }

    public void start() {
        fed = log.head();
        running = true;
        feeder = named("wire-stream-feeder").newThread(this::feed);
        feeder.start();
        long beat = settings.heartbeat().toMillis();
        timers.scheduleAtFixedRate(() -> subscribers.forEach(Subscriber::heartbeat), beat, beat, TimeUnit.MILLISECONDS);
        long check = settings.keyCheck().toMillis();
        timers.scheduleWithFixedDelay(this::checkKeys, check, check, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream: it gets everything after {@code wants.since()} that it sees, then each new
     * change as it comes.
     *
     * @throws StreamsFull when the hub has as many streams as it takes
     */
    public void subscribe(Subscription wants, EventSink sink) {
        if (open.incrementAndGet() > settings.maxStreams()) {
            open.decrementAndGet();
            sink.close();
            throw new StreamsFull("the wire has " + settings.maxStreams() + " open streams, as many as it takes; try again shortly");
        }
        Subscriber subscriber = new Subscriber(wants, sink, this, settings.queue());
        subscribers.add(subscriber);
        subscriber.schedule();
    }

    /** Closes every open stream of a client at once, saying why. */
    public void closeClient(String client, String reason) {
        for (Subscriber s : subscribers) if (client.equals(s.wants.client())) s.drop(reason);
    }

    public int openStreams() { return subscribers.size(); }

    long fed() { return fed; }

    WireLog log() { return log; }

    ExecutorService writers() { return writers; }

    void remove(Subscriber subscriber) {
        if (subscribers.remove(subscriber)) open.decrementAndGet();
    }

    private void wake() {
        synchronized (wake) { wake.notifyAll(); }
    }

    private void feed() {
        while (running) {
            try {
                if (head.current() > fed) {
                    List<WireChange> rows = log.all(fed, 500);
                    if (!rows.isEmpty()) {
                        Subscriber.Batch batch = new Subscriber.Batch(fed + 1, rows.get(rows.size() - 1).seq(), rows);
                        fed = batch.to();
                        for (Subscriber s : subscribers) s.offer(batch);
                        continue;
                    }
                }
                synchronized (wake) {
                    if (head.current() <= fed) wake.wait(1000);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("wire stream: unable to read the change log after {}: {}", fed, e.getMessage());
                pause();
            }
        }
    }

    private void checkKeys() {
        try {
            Set<String> keys = activeKeys.get();
            for (Subscriber s : subscribers) {
                if (s.wants.keyHash() != null && !keys.contains(s.wants.keyHash())) {
                    s.drop("the API key of client " + s.wants.client() + " was revoked or replaced");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("wire stream: unable to check the clients' keys: {}", e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        if (feeder != null) feeder.interrupt();
        timers.shutdownNow();
        subscribers.forEach(s -> s.drop("the server is shutting down; reconnect with Last-Event-ID to resume"));
        writers.shutdown();
        try {
            writers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.shutdownNow();
        subscribers.forEach(Subscriber::close);
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
