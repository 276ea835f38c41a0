package dateline.wire;

import dateline.wire.clients.Client;
import dateline.wire.webhooks.Delivery;
import dateline.wire.webhooks.OutboxEntry;
import dateline.wire.webhooks.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the wire keeps: clients and their key hashes, webhook endpoints, the webhook outbox and
 * the delivery log; and how it reads the change log. Implemented in {@code store} on SQLite and
 * PostgreSQL.
 */
public interface WireStore {

    /** Changes after {@code seq}, oldest first, each with the story as that change left it. */
    List<WireChange> changesSince(long seq, int limit);

    long headSeq();

    /** @throws dateline.story.VersionConflict when a client of that name exists */
    void addClient(Client client);

    Optional<Client> client(String name);

    Optional<Client> clientByKeyHash(String keyHash);

    List<Client> clients();

    /** Whether a client of that name had its key replaced. */
    boolean replaceKey(String name, String keyHash);

    /** Whether a client of that name had access, now revoked. */
    boolean revoke(String name, Instant at);

    /** The key hashes that open the wire now: a stream opened with any other is closed. */
    Set<String> activeKeyHashes();

    /**
     * Registers an endpoint, or, for a URL the client already registered, gives it the new
     * secret and enables it again (what it still owed is delivered; nothing is lost).
     */
    Webhook saveWebhook(Webhook webhook);

    List<Webhook> webhooks(String client);

    /** Enabled endpoints of clients that have access. */
    List<Webhook> activeWebhooks();

    /** Adds the changes {@code seqs} to an endpoint's outbox and records it filled up to {@code upTo}, together. */
    void enqueue(String webhookId, List<Long> seqs, long upTo, Instant now);

    /** The endpoint's lowest-sequence entry. */
    Optional<OutboxEntry> nextInOutbox(String webhookId);

    int outboxSize(String webhookId);

    /** Removes a delivered entry and logs the attempt, together. */
    void delivered(OutboxEntry entry, Delivery attempt);

    /** Records a failed attempt and when to try again, together. */
    void failed(OutboxEntry entry, Delivery attempt, Instant nextAttemptAt, Instant failingSince);

    /** Disables an endpoint, keeping its outbox, and logs why. */
    void disable(String webhookId, Delivery notice);

    /** A client's delivery log, newest first. */
    List<Delivery> deliveries(String client, int limit);
}
