package dateline.store;

import dateline.story.StoreFailure;
import com.zaxxer.hikari.HikariDataSource;
import dateline.story.Change;
import dateline.story.DeskItem;
import dateline.story.Status;
import java.time.Instant;
import dateline.story.FeedCursor;
import dateline.story.FeedPage;
import dateline.story.FeedQuery;
import dateline.story.Revision;
import dateline.story.Story;
import dateline.story.StoryStore;
import dateline.story.StorySummary;
import dateline.story.VersionConflict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;

/** {@link StoryStore} on SQLite or PostgreSQL through JDBI. */
public final class SqlStoryStore implements StoryStore {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final StoryWriter writer;
    private final String jdbcUrl;
    private final Dialect dialect;
    // SQLite allows one writer; taking turns here avoids SQLITE_BUSY on lock upgrades.
    private final ReentrantLock writeLock = new ReentrantLock();

    private SqlStoryStore(HikariDataSource pool, Dialect dialect, String jdbcUrl) {
        this.pool = pool;
        this.jdbcUrl = jdbcUrl;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(pool);
        this.writer = new StoryWriter(dialect);
    }

    /** Opens the store at a JDBC URL (jdbc:sqlite:... or jdbc:postgresql:...), migrating its schema. */
    public static SqlStoryStore open(String jdbcUrl) {
        Dialect dialect = Dialect.of(jdbcUrl);
        return new SqlStoryStore(Database.open(jdbcUrl, dialect), dialect, jdbcUrl);
    }

    @Override
    public List<Story> write(List<Write> writes) {
        if (writes.isEmpty()) return List.of();
        writeLock.lock();
        try {
            return jdbi.inTransaction(handle -> writer.write(handle, writes));
        } catch (VersionConflict e) {
            throw e;
        } catch (JdbiException e) {
            throw new StoreFailure("store: unable to write " + writes.size() + " stories", e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public Optional<Story> find(String id) {
        return read("read story " + id, h -> h.createQuery("SELECT " + Rows.STORY + " FROM stories WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> Rows.story(rs)).findOne());
    }

    @Override
    public List<Story> findAll(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        List<Story> found = read("read " + ids.size() + " stories", h -> h.createQuery(
                "SELECT " + Rows.STORY + " FROM stories WHERE id IN (<ids>)")
                .bindList("ids", ids).map((rs, ctx) -> Rows.story(rs)).list());
        Map<String, Story> byId = new HashMap<>();
        found.forEach(s -> byId.put(s.id(), s));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    @Override
    public Map<String, String> idsForSources(List<String> sourceKeys) {
        if (sourceKeys.isEmpty()) return Map.of();
        List<Map.Entry<String, String>> rows = read("find stories by source", h -> h.createQuery(
                "SELECT source_key, id FROM stories WHERE source_key IN (<keys>)").bindList("keys", sourceKeys)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list());
        Map<String, String> ids = new HashMap<>();
        rows.forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    @Override
    public List<Revision> revisions(String id) {
        return read("read the revisions of " + id, h -> h.createQuery(
                "SELECT " + Rows.REVISION + " FROM revisions WHERE story_id = :id ORDER BY version")
                .bind("id", id).map((rs, ctx) -> Rows.revision(rs)).list());
    }

    @Override
    public Optional<Revision> revision(String id, int version) {
        return read("read a revision of " + id, h -> h.createQuery(
                "SELECT " + Rows.REVISION + " FROM revisions WHERE story_id = :id AND version = :version")
                .bind("id", id).bind("version", version).map((rs, ctx) -> Rows.revision(rs)).findOne());
    }

    @Override
    public FeedPage latest(FeedQuery q) {
        String sql = "SELECT " + Rows.SUMMARY + " FROM stories WHERE status = 'published'"
                + (q.section() != null ? " AND section = :section" : "")
                + (q.after() != null ? " AND (first_created < :t OR (first_created = :t AND id < :id))" : "")
                + " ORDER BY first_created DESC, id DESC LIMIT :limit";
        List<StorySummary> rows = read("read the latest stories", h -> {
            Query query = h.createQuery(sql).bind("limit", q.limit() + 1);
            if (q.section() != null) query.bind("section", q.section());
            if (q.after() != null) query.bind("t", q.after().firstCreated().toEpochMilli()).bind("id", q.after().id());
            return query.map((rs, ctx) -> Rows.summary(rs)).list();
        });
        if (rows.size() <= q.limit()) return new FeedPage(rows, null);
        List<StorySummary> page = new ArrayList<>(rows.subList(0, q.limit()));
        StorySummary last = page.get(page.size() - 1);
        return new FeedPage(page, new FeedCursor(last.firstCreated(), last.id()));
    }

    @Override
    public List<String> sections() {
        return read("read the sections", h -> h.createQuery("""
                SELECT DISTINCT section FROM stories
                WHERE status = 'published' AND section IS NOT NULL ORDER BY section""")
                .mapTo(String.class).list());
    }

    @Override
    public List<Change> changesSince(long seq, int limit) {
        return read("read the change log", h -> h.createQuery(
                "SELECT " + Rows.CHANGE + " FROM changes WHERE seq > :seq ORDER BY seq LIMIT :limit")
                .bind("seq", seq).bind("limit", limit).map((rs, ctx) -> Rows.change(rs)).list());
    }

    @Override
    public List<DeskItem> desk(Status status, int limit) {
        return read("read the " + status.wireName() + " stories", h -> h.createQuery("SELECT " + Rows.STORY_OF_S + """
                , r.actor FROM stories s JOIN revisions r ON r.story_id = s.id AND r.version = s.version
                WHERE s.status = :status ORDER BY s.version_created DESC, s.id DESC LIMIT :limit""")
                .bind("status", status.wireName()).bind("limit", limit)
                .map((rs, ctx) -> new DeskItem(Rows.story(rs), rs.getString("actor"))).list());
    }

    @Override
    public List<Story> dueForRelease(Instant now, int limit) {
        return read("find embargoes due", h -> h.createQuery("SELECT " + Rows.STORY + """
                 FROM stories WHERE status = 'scheduled' AND embargo_until <= :now
                ORDER BY embargo_until, id LIMIT :limit""")
                .bind("now", now.toEpochMilli()).bind("limit", limit).map((rs, ctx) -> Rows.story(rs)).list());
    }

    /** Where the account store reads and writes: the same pool, so one backup holds everything. */
    Jdbi jdbi() { return jdbi; }

    @Override
    public long headSeq() {
        return read("read the change log head", h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes")
                .mapTo(Long.class).one());
    }

    /** One import at a time per store ({@link ImportLock}); empty while another holds it. */
    public Optional<ImportLock> tryLockImports() {
        return ImportLock.tryTake(jdbcUrl, dialect, pool);
    }

    /** The wire's tables in the same database, sharing this store's pool and its writers' turns. */
    public SqlWireStore wireStore() {
        return new SqlWireStore(jdbi, writeLock);
    }

    @Override
    public void close() {
        pool.close();
    }

    private <T> T read(String what, org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
        return StoreCalls.read(jdbi, what, callback);
    }

}
