package dateline.wire.webhooks;

import dateline.story.InvalidInput;
import dateline.wire.WireStore;
import dateline.wire.clients.Client;
import dateline.wire.clients.Clients;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/** Registering a client's webhook endpoints, and reading its delivery log. */
public final class Webhooks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final WireStore store;
    private final Clients clients;
    private final Clock clock;

    public Webhooks(WireStore store, Clients clients, Clock clock) {
        this.store = store;
        this.clients = clients;
        this.clock = clock;
    }

    /** An endpoint and its signing secret, which the client needs to verify deliveries. */
    public record Registered(Webhook webhook, String secret) {}

    /**
     * Registers {@code url} for a client: it receives every change it sees from now on. A URL
     * registered before gets a new secret and is enabled again, and what it was still owed is
     * delivered.
     */
    public Registered register(String clientName, String url) {
        Client client = clients.get(clientName);
        if (!client.active()) throw new InvalidInput("client " + clientName + " is revoked");
        checkUrl(url);
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        String secret = Signatures.newSecret();
        Webhook saved = store.saveWebhook(new Webhook("wh_" + HexFormat.of().formatHex(id), clientName, url, secret,
                store.headSeq(), clock.instant().truncatedTo(ChronoUnit.MILLIS), null));
        return new Registered(saved, secret);
    }

    public List<Webhook> of(String clientName) {
        return store.webhooks(clients.get(clientName).name());
    }

    /** The client's delivery log, newest first: every attempt, and any endpoint disabled. */
    public List<Delivery> log(Client client, int limit) {
        if (limit < 1 || limit > 1000) throw new InvalidInput("limit: from 1 to 1000, got " + limit);
        return store.deliveries(client.name(), limit);
    }

    /** Changes still owed to an endpoint. */
    public int owed(Webhook webhook) { return store.outboxSize(webhook.id()); }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || url.length() > 2000) {
                throw new InvalidInput("webhook URL: an absolute http:// or https:// URL, got " + url);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput("webhook URL: not a URL: " + url);
        }
    }
}
