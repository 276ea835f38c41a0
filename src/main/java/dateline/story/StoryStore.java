package dateline.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where stories, their revisions and the change log are kept. One implementation in
 * {@code store} serves SQLite and PostgreSQL; {@link #write} is the only write, and it is
 * atomic: a story's current row, its new revision and its change-log entry land together or
 * not at all.
 */
public interface StoryStore extends AutoCloseable {

    /**
     * One story's new version to write.
     *
     * @param expectedVersion the version the writer based this on (0 for a new story); the write
     *                        fails with {@link VersionConflict} when the stored one differs
     * @param sourceKey       where an imported story came from (e.g. its file name), so that
     *                        importing it again updates it; null for stories filed by hand
     * @param actor           who made the change (kept on the revision and in the audit log)
     * @param note            a correction's or withdrawal's note, kept on the revision; or null
     */
    record Write(Story story, ChangeKind kind, int expectedVersion, String sourceKey, String actor, String note) {
        /** A write by an import, which has no person behind it and no note. */
        public Write(Story story, ChangeKind kind, int expectedVersion, String sourceKey) {
            this(story, kind, expectedVersion, sourceKey, "import", null);
        }
    }

    /** Writes all in one transaction, in order; returns the stories with their change-log sequence. */
    List<Story> write(List<Write> writes);

    Optional<Story> find(String id);

    /** The stories with these ids, in the order given; ids not found are left out. */
    List<Story> findAll(List<String> ids);

    /** The ids of stories imported from these sources, by source; unknown sources are left out. */
    Map<String, String> idsForSources(List<String> sourceKeys);

    List<Revision> revisions(String id);

    Optional<Revision> revision(String id, int version);

    /** The newest published stories, keyset-paged. */
    FeedPage latest(FeedQuery query);

    /** Distinct sections of published stories, sorted. */
    List<String> sections();

    /** Change-log entries with sequence greater than {@code seq}, oldest first. */
    List<Change> changesSince(long seq, int limit);

    /** Stories of one status, most recently changed first, each with who wrote its current version. */
    List<DeskItem> desk(Status status, int limit);

    /** Scheduled stories whose embargo ends at or before {@code now}, soonest first. */
    List<Story> dueForRelease(java.time.Instant now, int limit);

    /** The highest sequence in the change log, 0 when empty. */
    long headSeq();

    @Override
    void close();
}
