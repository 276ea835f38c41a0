package dateline.store;

import dateline.story.Story;
import dateline.story.StoryStore.Write;
import dateline.story.VersionConflict;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The one write of the store, inside a transaction: for each story, a change-log entry, its
 * current row and its revision. Statements are prepared once per transaction and sent as
 * batches, which is what makes an import of thousands of stories quick.
 */
final class StoryWriter {
    private static final String CHANGE = """
            INSERT INTO changes (seq, story_id, version, kind, at) VALUES (:seq, :id, :version, :kind, :at)""";
    // Without a conflict target, so that a clash on the id or on the source counts as "exists".
    private static final String NEW_STORY = """
            INSERT INTO stories (id, version, status, slug, section, headline, standfirst, place,
                                 first_created, version_created, embargo_until, seq, source_key, content)
            VALUES (:id, :version, :status, :slug, :section, :headline, :standfirst, :place,
                    :firstCreated, :versionCreated, :embargoUntil, :seq, :sourceKey, :content)
            ON CONFLICT DO NOTHING""";
    private static final String NEXT_VERSION = """
            UPDATE stories SET version = :version, status = :status, slug = :slug, section = :section,
                   headline = :headline, standfirst = :standfirst, place = :place,
                   first_created = :firstCreated, version_created = :versionCreated, embargo_until = :embargoUntil, seq = :seq, content = :content
            WHERE id = :id AND version = :expected""";
    private static final String REVISION = """
            INSERT INTO revisions (story_id, version, change_kind, created_at, content, note, actor)
            VALUES (:id, :version, :kind, :at, :content, :note, :actor)""";
    // The audit log learns of story writes in their own transaction, so it never misses one.
    private static final String AUDIT = """
            INSERT INTO audit_log (at, actor, action, story_id, version, detail)
            VALUES (:at, :actor, :kind, :id, :version, :note)""";

    private final Dialect dialect;

    StoryWriter(Dialect dialect) { this.dialect = dialect; }

    List<Story> write(Handle handle, List<Write> writes) {
        dialect.serializeWriters(handle);
        long seq = handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes").mapTo(Long.class).one();
        Batches batches = new Batches(handle);
        List<Story> written = new ArrayList<>(writes.size());
        for (Write write : writes) written.add(batches.add(write, ++seq));
        batches.execute();
        return written;
    }

    /** The five statements of a transaction, filled one write at a time and sent together. */
    private static final class Batches {
        final PreparedBatch changes;
        final PreparedBatch inserts;
        final PreparedBatch updates;
        final PreparedBatch revisions;
        final PreparedBatch audit;
        final List<String> inserted = new ArrayList<>();
        final List<String> updated = new ArrayList<>();

        Batches(Handle handle) {
            changes = handle.prepareBatch(CHANGE);
            inserts = handle.prepareBatch(NEW_STORY);
            updates = handle.prepareBatch(NEXT_VERSION);
            revisions = handle.prepareBatch(REVISION);
            audit = handle.prepareBatch(AUDIT);
        }

        /** Adds one story's rows; returns the story with its change-log sequence. */
        Story add(Write write, long seq) {
            Story s = write.story();
            Story stored = new Story(s.id(), s.slug(), s.version(), s.status(), s.content(), s.firstCreated(),
                    s.versionCreated(), s.embargoUntil(), seq);
            String content = ContentCodec.write(s.content());
            long at = s.versionCreated().toEpochMilli();
            String kind = write.kind().wireName();
            changes.bind("seq", seq).bind("id", s.id()).bind("version", s.version()).bind("kind", kind).bind("at", at).add();
            if (write.expectedVersion() == 0) {
                inserts.bindMap(StoryColumns.of(stored, content)).bind("sourceKey", write.sourceKey()).add();
                inserted.add(s.id());
            } else {
                updates.bindMap(StoryColumns.of(stored, content)).bind("expected", write.expectedVersion()).add();
                updated.add(s.id());
            }
            revisions.bind("id", s.id()).bind("version", s.version()).bind("kind", kind).bind("at", at)
                    .bind("content", content).bind("note", write.note()).bind("actor", write.actor()).add();
            audit.bind("at", at).bind("actor", write.actor()).bind("kind", kind).bind("id", s.id())
                    .bind("version", s.version()).bind("note", write.note()).add();
            return stored;
        }

        /** New stories first: a batch may create a story and then update it. */
        void execute() {
            requireEach(inserts, inserted, "already exists");
            requireEach(updates, updated, "is no longer at the version this change was based on: reload it and apply your change again");
            if (changes.size() > 0) changes.execute();
            if (revisions.size() > 0) revisions.execute();
            if (audit.size() > 0) audit.execute();
        }

        /** Runs the batch; a row it did not change means another writer got there first. */
        private static void requireEach(PreparedBatch batch, List<String> ids, String problem) {
            if (batch.size() == 0) return;
            int[] counts = batch.execute();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) throw new VersionConflict("story " + ids.get(i) + " " + problem);
            }
        }
    }
}
