package dateline.store;

import dateline.story.Story;
import dateline.story.StoryStore.Write;
import dateline.story.VersionConflict;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The one write of the store, inside a transaction: change-log entry, current row, revision. */
final class StoryWriter {
    private final Dialect dialect;

    StoryWriter(Dialect dialect) { this.dialect = dialect; }

    List<Story> write(Handle handle, List<Write> writes) {
        dialect.serializeWriters(handle);
        List<Story> written = new ArrayList<>(writes.size());
        for (Write write : writes) {
            Story story = write.story();
            long seq = appendChange(handle, write);
            Story stored = new Story(story.id(), story.slug(), story.version(), story.status(), story.content(),
                    story.firstCreated(), story.versionCreated(), seq);
            String content = ContentCodec.write(story.content());
            if (write.expectedVersion() == 0) insertStory(handle, stored, content, write.sourceKey());
            else updateStory(handle, stored, content, write.expectedVersion());
            insertRevision(handle, write, content);
            written.add(stored);
        }
        return written;
    }

    private static long appendChange(Handle handle, Write write) {
        return handle.createQuery("""
                INSERT INTO changes (story_id, version, kind, at)
                VALUES (:id, :version, :kind, :at) RETURNING seq""")
                .bind("id", write.story().id()).bind("version", write.story().version())
                .bind("kind", write.kind().wireName()).bind("at", write.story().versionCreated().toEpochMilli())
                .mapTo(Long.class).one();
    }

    private static void insertStory(Handle handle, Story story, String content, String sourceKey) {
        boolean exists = handle.createQuery("SELECT COUNT(*) FROM stories WHERE id = :id")
                .bind("id", story.id()).mapTo(Integer.class).one() > 0;
        if (exists) throw new VersionConflict("story " + story.id() + " already exists");
        handle.createUpdate("""
                INSERT INTO stories (id, version, status, slug, section, headline, standfirst, place,
                                     first_created, version_created, seq, source_key, content)
                VALUES (:id, :version, :status, :slug, :section, :headline, :standfirst, :place,
                        :firstCreated, :versionCreated, :seq, :sourceKey, :content)""")
                .bindMap(StoryColumns.of(story, content)).bind("sourceKey", sourceKey).execute();
    }

    private static void updateStory(Handle handle, Story story, String content, int expectedVersion) {
        int rows = handle.createUpdate("""
                UPDATE stories SET version = :version, status = :status, slug = :slug, section = :section,
                       headline = :headline, standfirst = :standfirst, place = :place,
                       version_created = :versionCreated, seq = :seq, content = :content
                WHERE id = :id AND version = :expected""")
                .bindMap(StoryColumns.of(story, content)).bind("expected", expectedVersion).execute();
        if (rows == 0) {
            throw new VersionConflict("story " + story.id() + " is no longer at version " + expectedVersion
                    + ": reload it and apply your change again");
        }
    }

    private static void insertRevision(Handle handle, Write write, String content) {
        handle.createUpdate("""
                INSERT INTO revisions (story_id, version, change_kind, created_at, content)
                VALUES (:id, :version, :kind, :at, :content)""")
                .bind("id", write.story().id()).bind("version", write.story().version())
                .bind("kind", write.kind().wireName()).bind("at", write.story().versionCreated().toEpochMilli())
                .bind("content", content).execute();
    }
}
