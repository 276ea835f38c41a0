package dateline.bench;

import dateline.story.Block;
import dateline.story.Entity;
import dateline.story.StoryContent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer: the same stories in PostgreSQL full-text search (a weighted tsvector with a GIN
 * index, ts_rank, the same five facets by GROUP BY), in a schema of its own.
 */
final class PgPeer implements AutoCloseable {
    static final String SCHEMA = "dateline_search_bench";
    private final Connection db;
    private PreparedStatement insert;

    PgPeer(String jdbcUrl) throws SQLException {
        this.db = DriverManager.getConnection(jdbcUrl);
    }

    void create() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
            s.execute("SET search_path TO " + SCHEMA);
            s.execute("""
                CREATE TABLE stories (id text PRIMARY KEY, headline text, standfirst text, body text, section text,
                  people text[], places text[], orgs text[], updated timestamptz, tsv tsvector)""");
        }
        db.setAutoCommit(false);
        insert = db.prepareStatement("""
            INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
              setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B') || to_tsvector('english', ?))""");
    }

    void add(String id, StoryContent c, Instant updated) throws SQLException {
        String body = String.join("\n\n", c.blocks().stream().map(Block::text).toList());
        insert.setString(1, id);
        insert.setString(2, c.headline());
        insert.setString(3, c.standfirst());
        insert.setString(4, body);
        insert.setString(5, c.section());
        insert.setArray(6, names(c.people()));
        insert.setArray(7, names(c.places()));
        insert.setArray(8, names(c.organizations()));
        insert.setTimestamp(9, Timestamp.from(updated));
        insert.setString(10, c.headline());
        insert.setString(11, c.standfirst());
        insert.setString(12, body);
        insert.addBatch();
    }

    void flush() throws SQLException {
        insert.executeBatch();
        db.commit();
    }

    /** The GIN indexes, built once after loading, as one would for a bulk load. */
    void index() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX stories_tsv ON stories USING gin (tsv)");
            s.execute("CREATE INDEX stories_people ON stories USING gin (people)");
            s.execute("CREATE INDEX stories_updated ON stories (updated)");
            s.execute("ANALYZE stories");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    long bytes() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('stories')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The top ten ids by ts_rank, with the total and the five facets, as one search of the site asks. */
    List<String> search(BenchQueries.Query q) throws SQLException {
        String tsquery = q.phrase() ? "phraseto_tsquery('english', ?)" : "plainto_tsquery('english', ?)";
        String where = "tsv @@ " + tsquery + (q.person() != null ? " AND people @> ARRAY[?]::text[]" : "")
                + (q.month() != null ? " AND updated >= ? AND updated < ?" : "");
        List<String> top = new ArrayList<>();
        try (PreparedStatement s = prepared("SELECT id FROM stories WHERE " + where
                + " ORDER BY ts_rank(tsv, " + tsquery + ") DESC, id LIMIT 10", q, true)) {
            try (ResultSet rs = s.executeQuery()) { while (rs.next()) top.add(rs.getString(1)); }
        }
        run("SELECT count(*) FROM stories WHERE " + where, q);
        for (String array : new String[] {"people", "places", "orgs"}) {
            run("SELECT v, count(*) FROM stories, unnest(" + array + ") v WHERE " + where + " GROUP BY v ORDER BY 2 DESC LIMIT 10", q);
        }
        run("SELECT section, count(*) FROM stories WHERE " + where + " GROUP BY section ORDER BY 2 DESC LIMIT 10", q);
        run("SELECT to_char(updated, 'YYYY-MM'), count(*) FROM stories WHERE " + where + " GROUP BY 1 ORDER BY 2 DESC LIMIT 10", q);
        return top;
    }

    private void run(String sql, BenchQueries.Query q) throws SQLException {
        try (PreparedStatement s = prepared(sql, q, false); ResultSet rs = s.executeQuery()) {
            while (rs.next()) rs.getString(1);
        }
    }

    private PreparedStatement prepared(String sql, BenchQueries.Query q, boolean rankAgain) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        int i = 1;
        s.setString(i++, q.words());
        if (q.person() != null) s.setString(i++, q.person());
        if (q.month() != null) {
            s.setTimestamp(i++, Timestamp.from(q.month().atStartOfDay(ZoneOffset.UTC).toInstant()));
            s.setTimestamp(i++, Timestamp.from(q.month().plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (rankAgain) s.setString(i, q.words());
        return s;
    }

    private Array names(List<Entity> entities) throws SQLException {
        return db.createArrayOf("text", entities.stream().map(Entity::name).toArray());
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
