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
    private final Dialect dialect;

    StoryWriter(Dialect dialect) { this.dialect = dialect; }

    List<Story> write(Handle handle, List<Write> writes) {
        dialect.serializeWriters(handle);
        long seq = handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes").mapTo(Long.class).one();
        PreparedBatch changes = handle.prepareBatch("""
                INSERT INTO changes (seq, story_id, version, kind, at) VALUES (:seq, :id, :version, :kind, :at)""");
        PreparedBatch inserts = handle.prepareBatch("""
                INSERT INTO stories (id, version, status, slug, section, headline, standfirst, place,
                                     first_created, version_created, seq, source_key, content)
                VALUES (:id, :version, :status, :slug, :section, :headline, :standfirst, :place,
                        :firstCreated, :versionCreated, :seq, :sourceKey, :content)
                ON CONFLICT DO NOTHING""");
        PreparedBatch updates = handle.prepareBatch("""
                UPDATE stories SET version = :version, status = :status, slug = :slug, section = :section,
                       headline = :headline, standfirst = :standfirst, place = :place,
                       version_created = :versionCreated, seq = :seq, content = :content
                WHERE id = :id AND version = :expected""");
        PreparedBatch revisions = handle.prepareBatch("""
                INSERT INTO revisions (story_id, version, change_kind, created_at, content)
                VALUES (:id, :version, :kind, :at, :content)""");
        List<Story> written = new ArrayList<>(writes.size());
        List<String> inserted = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (Write write : writes) {
            Story s = write.story();
            Story stored = new Story(s.id(), s.slug(), s.version(), s.status(), s.content(), s.firstCreated(),
                    s.versionCreated(), ++seq);
            String content = ContentCodec.write(s.content());
            long at = s.versionCreated().toEpochMilli();
            changes.bind("seq", seq).bind("id", s.id()).bind("version", s.version())
                    .bind("kind", write.kind().wireName()).bind("at", at).add();
            if (write.expectedVersion() == 0) {
                inserts.bindMap(StoryColumns.of(stored, content)).bind("sourceKey", write.sourceKey()).add();
                inserted.add(s.id());
            } else {
                updates.bindMap(StoryColumns.of(stored, content)).bind("expected", write.expectedVersion()).add();
                updated.add(s.id());
            }
            revisions.bind("id", s.id()).bind("version", s.version()).bind("kind", write.kind().wireName())
                    .bind("at", at).bind("content", content).add();
            written.add(stored);
        }
        // New stories first: a batch may create a story and then update it.
        requireEach(inserts, inserted, "already exists");
        requireEach(updates, updated, "is no longer at the version this change was based on: reload it and apply your change again");
        execute(changes);
        execute(revisions);
        return written;
    }

    /** Runs the batch; a row it did not change means another writer got there first. */
    private static void requireEach(PreparedBatch batch, List<String> ids, String problem) {
        if (batch.size() == 0) return;
        int[] counts = batch.execute();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) throw new VersionConflict("story " + ids.get(i) + " " + problem);
        }
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) batch.execute();
    }
}
