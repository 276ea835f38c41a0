package dateline.search;

import dateline.story.Change;
import dateline.story.Status;
import dateline.story.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.index.IndexWriter;

/**
 * Applies the change log to one index, in sequence order. Each entry makes the index hold the
 * story as it stands in the store: a document when it is published, none otherwise (draft,
 * embargoed, withdrawn). The sequence of the last entry applied is committed inside the Lucene
 * commit, together with the documents it produced, so after a crash the index restarts exactly
 * where its last commit left it: nothing is lost, and nothing applied twice counts twice, as
 * applying an entry means replacing the story's document whole.
 */
final class Indexer {
    static final String APPLIED_SEQ = "dateline.seq";
    static final int BATCH = 1000;
    private final IndexWriter writer;
    private final StorySource source;
    private final StoryDocument documents;
    private volatile long applied;

    Indexer(IndexWriter writer, StorySource source, StoryDocument documents) {
        this.writer = writer;
        this.source = source;
        this.documents = documents;
        this.applied = committedSeq(writer);
    }

    /** The sequence the writer's last commit recorded (0 for a new index). */
    static long committedSeq(IndexWriter writer) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(APPLIED_SEQ)) return Long.parseLong(e.getValue());
        }
        return 0;
    }

    /** The last sequence applied (searchable after the next refresh, durable after the next commit). */
    long applied() { return applied; }

    /** Applies the next batch of the log; returns how many entries it applied (0 when current). */
    int applyNext() {
        List<Change> changes = source.changesSince(applied, BATCH);
        if (changes.isEmpty()) return 0;
        Set<String> ids = new LinkedHashSet<>();
        changes.forEach(c -> ids.add(c.storyId()));
        Map<String, Story> stories = new HashMap<>();
        source.current(List.copyOf(ids)).forEach(s -> stories.put(s.id(), s));
        // Each id once per batch, so their order does not matter: a large batch (a rebuild, a
        // catch-up) analyses its documents on every core.
        (ids.size() > 100 ? ids.parallelStream() : ids.stream()).forEach(id -> apply(id, stories.get(id)));
        long last = changes.get(changes.size() - 1).seq();
        // Recorded with the documents of this batch: the next commit holds both or neither.
        writer.setLiveCommitData(Map.of(APPLIED_SEQ, Long.toString(last)).entrySet());
        applied = last;
        return changes.size();
    }

    private void apply(String id, Story story) {
        try {
            if (story != null && story.status() == Status.PUBLISHED) {
                writer.updateDocument(StoryDocument.idTerm(id), documents.of(story));
            } else {
                writer.deleteDocuments(StoryDocument.idTerm(id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to index story " + id, e);
        }
    }

    /** Applies the whole log up to its head, reporting the sequence reached after each batch. */
    void catchUp(LongConsumer progress) {
        while (applyNext() > 0) progress.accept(applied);
    }

    /** Makes everything applied so far durable, with its sequence. */
    void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to commit the index at " + applied, e);
        }
    }
}
