package dateline.wire.clients;

import dateline.wire.Entitlement;
import java.time.Instant;
import java.util.Set;

/**
 * A subscribing medium: who it is, what it may receive and how often it may ask.
 *
 * @param keyHash       SHA-256 of its current API key, hex; the key itself is never kept
 * @param sections      the sections it receives; empty for all
 * @param embargoed     whether it receives embargoed stories at filing, marked with their embargo
 * @param ratePerMinute requests it may make a minute before it is answered 429
 * @param revokedAt     when its access was revoked; null while it has access
 */
public record Client(String name, String keyHash, Set<String> sections, boolean embargoed, int ratePerMinute,
                     Instant createdAt, Instant revokedAt) {
    public Client {
        sections = Set.copyOf(sections);
    }

    public boolean active() { return revokedAt == null; }

    public Entitlement entitlement() { return new Entitlement(sections, embargoed); }

    /**
     * Its entitlement narrowed to {@code section} (null: not narrowed).
     *
     * @throws NotEntitled when the client does not receive that section
     */
    public Entitlement entitlement(String section) {
        Entitlement all = entitlement();
        if (section != null && !all.covers(section)) {
            throw new NotEntitled("client " + name + " does not receive section " + section
                    + "; it receives " + String.join(", ", sections.stream().sorted().toList()));
        }
        return all.only(section);
    }
}
