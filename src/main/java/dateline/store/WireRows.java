package dateline.store;

import dateline.story.ChangeKind;
import dateline.story.Slugs;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.wire.WireChange;
import dateline.wire.clients.Client;
import dateline.wire.webhooks.Delivery;
import dateline.wire.webhooks.OutboxEntry;
import dateline.wire.webhooks.Webhook;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Rows of the wire's tables, and of the change log as the wire reads it, as records. */
final class WireRows {
    /**
     * A change with the story as it left it: the revision's content, and the story's standing
     * then, which is the last change of the story up to this one that set it. An embargoed
     * story's embargo is the one it has now while it is still scheduled, else the moment it was
     * released: the stories table keeps only the current embargo.
     */
    static final String CHANGES = """
            SELECT c.seq, c.story_id, c.version, c.kind, r.created_at, r.content, s.first_created,
                   s.status AS current_status, s.embargo_until,
                   (SELECT p.kind FROM changes p WHERE p.story_id = c.story_id AND p.seq <= c.seq
                      AND p.kind IN ('drafted', 'embargoed', 'published', 'embargo-released', 'withdrawn')
                    ORDER BY p.seq DESC LIMIT 1) AS standing,
                   (SELECT MIN(p.at) FROM changes p WHERE p.story_id = c.story_id AND p.seq > c.seq
                      AND p.kind = 'embargo-released') AS released_at
            FROM changes c
            JOIN revisions r ON r.story_id = c.story_id AND r.version = c.version
            JOIN stories s ON s.id = c.story_id
            WHERE c.seq > :since ORDER BY c.seq LIMIT :limit""";
    static final String CLIENT = "name, key_hash, sections, embargoed, rate_per_minute, created_at, revoked_at";
    static final String WEBHOOK = "id, client, url, secret, enqueued_seq, created_at, disabled_at";
    static final String OUTBOX = "webhook_id, seq, attempts, next_attempt_at, failing_since";

    private WireRows() {}

    static WireChange change(ResultSet rs) throws SQLException {
        ChangeKind kind = kind(rs.getString("kind"));
        String standingKind = rs.getString("standing");
        Status status = standing(standingKind == null ? kind : kind(standingKind));
        Instant embargo = null;
        if (status == Status.SCHEDULED) {
            embargo = "scheduled".equals(rs.getString("current_status"))
                    ? instant(rs, "embargo_until") : instant(rs, "released_at");
        }
        StoryContent content = ContentCodec.read(rs.getString("content"));
        Instant at = instant(rs, "created_at");
        Story story = new Story(rs.getString("story_id"), Slugs.of(content.headline()), rs.getInt("version"), status,
                content, instant(rs, "first_created"), at, embargo, rs.getLong("seq"));
        return new WireChange(rs.getLong("seq"), kind, story);
    }

    private static Status standing(ChangeKind kind) {
        return switch (kind) {
            case DRAFTED -> Status.DRAFT;
            case EMBARGOED -> Status.SCHEDULED;
            case WITHDRAWN -> Status.WITHDRAWN;
            default -> Status.PUBLISHED;
        };
    }

    static Client client(ResultSet rs) throws SQLException {
        String sections = rs.getString("sections");
        return new Client(rs.getString("name"), rs.getString("key_hash"),
                sections == null ? Set.of() : Set.copyOf(Arrays.asList(sections.split(","))),
                rs.getInt("embargoed") == 1, rs.getInt("rate_per_minute"), instant(rs, "created_at"),
                instant(rs, "revoked_at"));
    }

    static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook(rs.getString("id"), rs.getString("client"), rs.getString("url"), rs.getString("secret"),
                rs.getLong("enqueued_seq"), instant(rs, "created_at"), instant(rs, "disabled_at"));
    }

    static OutboxEntry outbox(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getString("webhook_id"), rs.getLong("seq"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "failing_since"));
    }

    static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString("webhook_id"), rs.getString("url"), rs.getLong("seq"), rs.getInt("attempt"),
                instant(rs, "at"), rs.getInt("status"), rs.getString("outcome"));
    }

    static Long millis(Instant instant) { return instant == null ? null : instant.toEpochMilli(); }

    private static ChangeKind kind(String wireName) {
        return ChangeKind.valueOf(wireName.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** A nullable time column. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
