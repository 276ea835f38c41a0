package dateline.wire.webhooks;

import dateline.wire.Entitlement;
import dateline.wire.LogHead;
import dateline.wire.WireChange;
import dateline.wire.WireStore;
import dateline.wire.clients.Client;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhooks from the outbox in the store. Each tick (or write) it fills every enabled
 * endpoint's outbox from the change log (what its client sees, from where it got to), then
 * hands each endpoint that has a due entry to a sender, one endpoint to one sender at a time,
 * which delivers its entries lowest sequence first and stops at the first failure: so changes
 * arrive in order, and everything owed survives a restart, being in the store.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private final WireStore store;
    private final Sender sender;
    private final WebhookSettings settings;
    private final Clock clock;
    private final ExecutorService senders;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Object wake = new Object();
    private volatile boolean running;
    private Thread loop;

    public Dispatcher(WireStore store, Sender sender, WebhookSettings settings, Clock clock, LogHead head) {
        this.store = store;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.senders(), r -> {
            Thread t = new Thread(r, "wire-webhook-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        head.onAdvance(this::wake);
    }

    public void start() {
        running = true;
        loop = new Thread(this::run, "wire-webhooks");
        loop.setDaemon(true);
        loop.start();
    }

    private void wake() {
        synchronized (wake) { wake.notifyAll(); }
    }

    private void run() {
        while (running) {
            try {
                for (Webhook webhook : store.activeWebhooks()) {
                    fill(webhook);
                    if (running && busy.add(webhook.id())) senders.execute(() -> deliver(webhook));
                }
            } catch (RejectedExecutionException e) {
                return; // shutting down
            } catch (RuntimeException e) {
                LOG.warn("webhooks: unable to fill or read the outboxes: {}", e.getMessage());
            }
            try {
                synchronized (wake) { wake.wait(settings.tick().toMillis()); }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Adds to the outbox every change after the endpoint's mark that its client sees. */
    private void fill(Webhook webhook) {
        Entitlement sees = store.client(webhook.client()).map(Client::entitlement).orElse(null);
        if (sees == null) return;
        long mark = webhook.enqueuedSeq();
        for (int pages = 0; pages < 20; pages++) {
            List<WireChange> rows = store.changesSince(mark, 500);
            if (rows.isEmpty()) return;
            List<Long> owed = new ArrayList<>();
            for (WireChange change : rows) if (sees.sees(change)) owed.add(change.seq());
            mark = rows.get(rows.size() - 1).seq();
            store.enqueue(webhook.id(), owed, mark, clock.instant());
        }
    }

    /** Delivers an endpoint's due entries in order, until one fails or none is due. */
    private void deliver(Webhook webhook) {
        try {
            while (running) {
                OutboxEntry entry = store.nextInOutbox(webhook.id()).orElse(null);
                if (entry == null || entry.nextAttemptAt().isAfter(clock.instant())) return;
                if (!attempt(webhook, entry)) return;
            }
        } catch (RuntimeException e) {
            LOG.warn("webhooks: delivery to {} stopped: {} ({})", webhook.url(), e.getMessage(),
                    e.getCause() == null ? "no cause" : e.getCause().getMessage());
        } finally {
            busy.remove(webhook.id());
        }
    }

    private boolean attempt(Webhook webhook, OutboxEntry entry) {
        WireChange change = store.changesSince(entry.seq() - 1, 1).get(0);
        int attempt = entry.attempts() + 1;
        Sender.Result result = sender.send(webhook, change, attempt);
        // Cut short by a shutdown: not the receiver's failure; the entry is tried again after the restart.
        if (!running) return false;
        var now = clock.instant();
        if (result.delivered()) {
            store.delivered(entry, new Delivery(webhook.id(), webhook.url(), entry.seq(), attempt, now, result.status(),
                    "delivered: " + result.detail()));
            return true;
        }
        var failingSince = entry.failingSince() == null ? now : entry.failingSince();
        if (!now.isBefore(failingSince.plus(settings.giveUpAfter()))) {
            store.failed(entry, new Delivery(webhook.id(), webhook.url(), entry.seq(), attempt, now, result.status(),
                    "failed: " + result.detail()), now, failingSince);
            store.disable(webhook.id(), new Delivery(webhook.id(), webhook.url(), entry.seq(), attempt + 1, now, 0,
                    "endpoint disabled: every delivery failed since " + failingSince + "; what it is owed is kept:"
                            + " register the URL again (dateline client webhook) to resume"));
            LOG.warn("webhooks: disabled {} of client {} after failing since {}", webhook.url(), webhook.client(), failingSince);
            return false;
        }
        var wait = settings.backoff(attempt, Math.random());
        store.failed(entry, new Delivery(webhook.id(), webhook.url(), entry.seq(), attempt, now, result.status(),
                "failed: " + result.detail() + "; next attempt in " + wait.toMillis() + " ms"), now.plus(wait), failingSince);
        return false;
    }

    @Override
    public void close() {
        running = false;
        if (loop != null) loop.interrupt();
        senders.shutdownNow();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
