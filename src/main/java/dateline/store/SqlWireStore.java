package dateline.store;

import dateline.story.VersionConflict;
import dateline.wire.WireChange;
import dateline.wire.WireStore;
import dateline.wire.clients.Client;
import dateline.wire.webhooks.Delivery;
import dateline.wire.webhooks.OutboxEntry;
import dateline.wire.webhooks.Webhook;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link WireStore} on the story store's database, sharing its pool and its turn-taking of writers. */
public final class SqlWireStore implements WireStore {
    private static final String LOG_DELIVERY = """
            INSERT INTO wire_deliveries (webhook_id, seq, attempt, at, status, outcome)
            VALUES (:webhookId, :seq, :attempt, :at, :status, :outcome)""";
    private final Jdbi jdbi;
    private final ReentrantLock writeLock;

    SqlWireStore(Jdbi jdbi, ReentrantLock writeLock) {
        this.jdbi = jdbi;
        this.writeLock = writeLock;
    }

    @Override
    public List<WireChange> changesSince(long seq, int limit) {
        return read("read the change log", h -> h.createQuery(WireRows.CHANGES).bind("since", seq).bind("limit", limit)
                .map((rs, ctx) -> WireRows.change(rs)).list());
    }

    @Override
    public long headSeq() {
        return read("read the change log head", h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes")
                .mapTo(Long.class).one());
    }

    @Override
    public void addClient(Client c) {
        boolean added = write("add client " + c.name(), h -> h.createUpdate("""
                INSERT INTO wire_clients (name, key_hash, sections, embargoed, rate_per_minute, created_at)
                VALUES (:name, :hash, :sections, :embargoed, :rate, :at) ON CONFLICT DO NOTHING""")
                .bind("name", c.name()).bind("hash", c.keyHash())
                .bind("sections", c.sections().isEmpty() ? null : String.join(",", c.sections().stream().sorted().toList()))
                .bind("embargoed", c.embargoed() ? 1 : 0).bind("rate", c.ratePerMinute())
                .bind("at", c.createdAt().toEpochMilli()).execute() == 1);
        if (!added) throw new VersionConflict("client " + c.name() + " already exists");
    }

    @Override
    public Optional<Client> client(String name) {
        return read("read client " + name, h -> h.createQuery("SELECT " + WireRows.CLIENT + " FROM wire_clients WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> WireRows.client(rs)).findOne());
    }

    @Override
    public Optional<Client> clientByKeyHash(String keyHash) {
        return read("read a client by key", h -> h.createQuery("SELECT " + WireRows.CLIENT + " FROM wire_clients WHERE key_hash = :hash")
                .bind("hash", keyHash).map((rs, ctx) -> WireRows.client(rs)).findOne());
    }

    @Override
    public List<Client> clients() {
        return read("read the clients", h -> h.createQuery("SELECT " + WireRows.CLIENT + " FROM wire_clients ORDER BY name")
                .map((rs, ctx) -> WireRows.client(rs)).list());
    }

    @Override
    public boolean replaceKey(String name, String keyHash) {
        return write("rotate the key of " + name, h -> h.createUpdate("UPDATE wire_clients SET key_hash = :hash WHERE name = :name")
                .bind("hash", keyHash).bind("name", name).execute() == 1);
    }

    @Override
    public boolean revoke(String name, Instant at) {
        return write("revoke " + name, h -> h.createUpdate(
                "UPDATE wire_clients SET revoked_at = :at WHERE name = :name AND revoked_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("name", name).execute() == 1);
    }

    @Override
    public Set<String> activeKeyHashes() {
        return read("read the active keys", h -> new HashSet<>(h.createQuery(
                "SELECT key_hash FROM wire_clients WHERE revoked_at IS NULL").mapTo(String.class).list()));
    }

    @Override
    public Webhook saveWebhook(Webhook w) {
        return write("register a webhook for " + w.client(), h -> {
            h.createUpdate("""
                    INSERT INTO wire_webhooks (id, client, url, secret, enqueued_seq, created_at)
                    VALUES (:id, :client, :url, :secret, :seq, :at)
                    ON CONFLICT (client, url) DO UPDATE SET secret = excluded.secret, disabled_at = NULL""")
                    .bind("id", w.id()).bind("client", w.client()).bind("url", w.url()).bind("secret", w.secret())
                    .bind("seq", w.enqueuedSeq()).bind("at", w.createdAt().toEpochMilli()).execute();
            Webhook saved = h.createQuery("SELECT " + WireRows.WEBHOOK + " FROM wire_webhooks WHERE client = :client AND url = :url")
                    .bind("client", w.client()).bind("url", w.url()).map((rs, ctx) -> WireRows.webhook(rs)).one();
            // Registered again: what it still owes is tried now, and its day of grace starts over.
            h.createUpdate("UPDATE wire_outbox SET failing_since = NULL, next_attempt_at = :at WHERE webhook_id = :id")
                    .bind("at", w.createdAt().toEpochMilli()).bind("id", saved.id()).execute();
            return saved;
        });
    }

    @Override
    public List<Webhook> webhooks(String client) {
        return read("read the webhooks of " + client, h -> h.createQuery(
                "SELECT " + WireRows.WEBHOOK + " FROM wire_webhooks WHERE client = :client ORDER BY created_at, url")
                .bind("client", client).map((rs, ctx) -> WireRows.webhook(rs)).list());
    }

    @Override
    public List<Webhook> activeWebhooks() {
        return read("read the webhooks", h -> h.createQuery("SELECT " + WireRows.WEBHOOK.replaceAll("(\\w+)", "w.$1")
                + " FROM wire_webhooks w JOIN wire_clients c ON c.name = w.client"
                + " WHERE w.disabled_at IS NULL AND c.revoked_at IS NULL ORDER BY w.id")
                .map((rs, ctx) -> WireRows.webhook(rs)).list());
    }

    @Override
    public void enqueue(String webhookId, List<Long> seqs, long upTo, Instant now) {
        write("fill the outbox of webhook " + webhookId, h -> {
            if (!seqs.isEmpty()) {
                // A re-run after a crash between reading and recording is harmless: the row is there.
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO wire_outbox (webhook_id, seq, attempts, next_attempt_at)
                        VALUES (:id, :seq, 0, :at) ON CONFLICT DO NOTHING""");
                for (long seq : seqs) batch.bind("id", webhookId).bind("seq", seq).bind("at", now.toEpochMilli()).add();
                batch.execute();
            }
            return h.createUpdate("UPDATE wire_webhooks SET enqueued_seq = :upTo WHERE id = :id AND enqueued_seq < :upTo")
                    .bind("upTo", upTo).bind("id", webhookId).execute();
        });
    }

    @Override
    public Optional<OutboxEntry> nextInOutbox(String webhookId) {
        return read("read the outbox", h -> h.createQuery("SELECT " + WireRows.OUTBOX
                + " FROM wire_outbox WHERE webhook_id = :id ORDER BY seq LIMIT 1")
                .bind("id", webhookId).map((rs, ctx) -> WireRows.outbox(rs)).findOne());
    }

    @Override
    public int outboxSize(String webhookId) {
        return read("read the outbox", h -> h.createQuery("SELECT COUNT(*) FROM wire_outbox WHERE webhook_id = :id")
                .bind("id", webhookId).mapTo(Integer.class).one());
    }

    @Override
    public void delivered(OutboxEntry entry, Delivery attempt) {
        write("record a delivery", h -> {
            h.createUpdate("DELETE FROM wire_outbox WHERE webhook_id = :id AND seq = :seq")
                    .bind("id", entry.webhookId()).bind("seq", entry.seq()).execute();
            return log(h, attempt);
        });
    }

    @Override
    public void failed(OutboxEntry entry, Delivery attempt, Instant nextAttemptAt, Instant failingSince) {
        write("record a failed delivery", h -> {
            h.createUpdate("""
                    UPDATE wire_outbox SET attempts = :attempts, next_attempt_at = :next, failing_since = :since
                    WHERE webhook_id = :id AND seq = :seq""")
                    .bind("attempts", attempt.attempt()).bind("next", nextAttemptAt.toEpochMilli())
                    .bind("since", failingSince.toEpochMilli()).bind("id", entry.webhookId()).bind("seq", entry.seq())
                    .execute();
            return log(h, attempt);
        });
    }

    @Override
    public void disable(String webhookId, Delivery notice) {
        write("disable webhook " + webhookId, h -> {
            h.createUpdate("UPDATE wire_webhooks SET disabled_at = :at WHERE id = :id")
                    .bind("at", notice.at().toEpochMilli()).bind("id", webhookId).execute();
            // The notice takes an attempt's number in the log, so the next real attempt counts on from it.
            h.createUpdate("UPDATE wire_outbox SET attempts = :attempt WHERE webhook_id = :id AND seq = :seq")
                    .bind("attempt", notice.attempt()).bind("id", webhookId).bind("seq", notice.seq()).execute();
            return log(h, notice);
        });
    }

    @Override
    public List<Delivery> deliveries(String client, int limit) {
        return read("read the delivery log of " + client, h -> h.createQuery("""
                SELECT d.webhook_id, w.url, d.seq, d.attempt, d.at, d.status, d.outcome
                FROM wire_deliveries d JOIN wire_webhooks w ON w.id = d.webhook_id
                WHERE w.client = :client ORDER BY d.at DESC, d.seq DESC, d.attempt DESC LIMIT :limit""")
                .bind("client", client).bind("limit", limit).map((rs, ctx) -> WireRows.delivery(rs)).list());
    }

    private static int log(Handle h, Delivery d) {
        return h.createUpdate(LOG_DELIVERY).bind("webhookId", d.webhookId()).bind("seq", d.seq())
                .bind("attempt", d.attempt()).bind("at", d.at().toEpochMilli()).bind("status", d.status())
                .bind("outcome", d.outcome().length() > 300 ? d.outcome().substring(0, 300) : d.outcome()).execute();
    }

    private <T> T read(String what, HandleCallback<T, RuntimeException> callback) {
        return StoreCalls.read(jdbi, what, callback);
    }

    /** In turn with the story store's writers: SQLite allows one writer at a time. */
    private <T> T write(String what, HandleCallback<T, RuntimeException> callback) {
        writeLock.lock();
        try {
            return StoreCalls.write(jdbi, what, callback);
        } finally {
            writeLock.unlock();
        }
    }
}
