package dateline.store;

import dateline.story.Change;
import dateline.story.ChangeKind;
import dateline.story.Revision;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StorySummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** Turns rows into domain records; the column lists they expect are named beside each. */
final class Rows {
    static final String STORY = "id, slug, version, status, content, first_created, version_created, embargo_until, seq";
    /** {@link #STORY} with each column taken from a table aliased {@code s}, for joins. */
    static final String STORY_OF_S = "s.id, s.slug, s.version, s.status, s.content, s.first_created,"
            + " s.version_created, s.embargo_until, s.seq";
    static final String SUMMARY = "id, slug, version, headline, standfirst, place, section, first_created, version_created";
    static final String REVISION = "story_id, version, change_kind, created_at, content, note, actor";
    static final String CHANGE = "seq, story_id, version, kind, at";

    private Rows() {}

    static Story story(ResultSet rs) throws SQLException {
        return new Story(rs.getString("id"), rs.getString("slug"), rs.getInt("version"),
                Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                ContentCodec.read(rs.getString("content")), instant(rs, "first_created"),
                instant(rs, "version_created"), nullableInstant(rs, "embargo_until"), rs.getLong("seq"));
    }

    static StorySummary summary(ResultSet rs) throws SQLException {
        return new StorySummary(rs.getString("id"), rs.getString("slug"), rs.getInt("version"),
                rs.getString("headline"), rs.getString("standfirst"), rs.getString("place"),
                rs.getString("section"), instant(rs, "first_created"), instant(rs, "version_created"));
    }

    static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getString("story_id"), rs.getInt("version"), kind(rs.getString("change_kind")),
                instant(rs, "created_at"), ContentCodec.read(rs.getString("content")), rs.getString("note"),
                rs.getString("actor"));
    }

    static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getLong("seq"), rs.getString("story_id"), rs.getInt("version"),
                kind(rs.getString("kind")), instant(rs, "at"));
    }

    private static ChangeKind kind(String wireName) {
        return ChangeKind.valueOf(wireName.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }
}
