package dateline.wire.clients;

import dateline.story.InvalidInput;
import dateline.story.Sections;
import dateline.story.StoryNotFound;
import dateline.wire.WireStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The wire's subscribers: adding them (which prints a key once), rotating and revoking keys,
 * and recognising a key on a request. Use this, never the store, to change a client.
 */
public final class Clients {
    public static final int DEFAULT_RATE = 600;
    private final WireStore store;
    private final Clock clock;
    private final RateLimits rates;
    private final List<Consumer<String>> onRevoke = new CopyOnWriteArrayList<>();

    public Clients(WireStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.rates = new RateLimits(clock);
    }

    /** A client and its key, which is shown this once and never kept. */
    public record Issued(Client client, String key) {}

    /** Tells {@code listener} the name of every client whose key stops working here (revoked or rotated). */
    public void onRevoke(Consumer<String> listener) { onRevoke.add(listener); }

    public Issued add(String name, List<String> sections, boolean embargoed, int ratePerMinute) {
        checkName(name);
        if (ratePerMinute < 1 || ratePerMinute > 1_000_000) {
            throw new InvalidInput("rate: requests a minute, from 1 to 1000000, got " + ratePerMinute);
        }
        Set<String> parsed = new LinkedHashSet<>();
        for (String section : sections) {
            if (section.isBlank()) continue;
            parsed.add(Sections.parse(section.strip()));
        }
        String key = ApiKeys.generate();
        Client client = new Client(name, ApiKeys.hash(key), parsed, embargoed, ratePerMinute,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        store.addClient(client);
        return new Issued(client, key);
    }

    public List<Client> list() { return store.clients(); }

    public Client get(String name) {
        checkName(name);
        return store.client(name).orElseThrow(() -> new StoryNotFound("no client " + name));
    }

    /** A new key for a client; the old one stops working at once, on open streams too. */
    public Issued rotate(String name) {
        Client client = get(name);
        if (!client.active()) throw new InvalidInput("client " + name + " is revoked: add it again under a new name");
        String key = ApiKeys.generate();
        store.replaceKey(name, ApiKeys.hash(key));
        onRevoke.forEach(l -> l.accept(name));
        return new Issued(get(name), key);
    }

    /** Ends a client's access at once, on open streams too. Its history stays. */
    public void revoke(String name) {
        get(name);
        store.revoke(name, clock.instant());
        onRevoke.forEach(l -> l.accept(name));
    }

    /**
     * The client an {@code Authorization: Bearer KEY} header names, within its rate.
     *
     * @throws NotAuthorized when the key is missing, unknown or revoked
     * @throws RateLimited   when the client has asked too often
     */
    public Client authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new NotAuthorized("an API key is required: send Authorization: Bearer KEY");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new NotAuthorized("Authorization: expected Bearer KEY");
        }
        String key = authorization.substring(7).strip();
        Client client = store.clientByKeyHash(ApiKeys.hash(key))
                .orElseThrow(() -> new NotAuthorized("unknown API key"));
        if (!client.active()) throw new NotAuthorized("the API key of client " + client.name() + " was revoked");
        rates.take(client);
        return client;
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidInput("client name: letters, digits, '.', '_' and '-', up to 64, got " + name);
        }
    }
}
