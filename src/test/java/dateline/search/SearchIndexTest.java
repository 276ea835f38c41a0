package dateline.search;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Change;
import dateline.story.ChangeKind;
import dateline.story.Slugs;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as derived from the log: what it holds, and how it restarts. */
class SearchIndexTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    @TempDir Path data;

    /** A log and stories in memory, written the way StoryService writes them. */
    static final class FakeLog implements StorySource {
        final List<Change> changes = new ArrayList<>();
        final Map<String, Story> stories = new LinkedHashMap<>();

        Story write(String id, String headline, Status status, ChangeKind kind) {
            return write(id, story(headline, "world", headline + ".").content(), status, kind);
        }

        Story write(String id, dateline.story.StoryContent content, Status status, ChangeKind kind) {
            Story before = stories.get(id);
            long seq = changes.size() + 1;
            Story story = new Story(id, Slugs.of(content.headline()), before == null ? 1 : before.version() + 1, status,
                    content, Instant.parse("2026-03-03T10:00:00Z"),
                    Instant.parse("2026-03-03T10:00:00Z").plusSeconds(seq), null, seq);
            stories.put(id, story);
            changes.add(new Change(seq, id, story.version(), kind, story.versionCreated()));
            return story;
        }

        @Override public List<Change> changesSince(long seq, int limit) {
            return changes.stream().filter(c -> c.seq() > seq).limit(limit).toList();
        }

        @Override public List<Story> current(List<String> ids) {
            return ids.stream().filter(stories::containsKey).map(stories::get).toList();
        }

        @Override public long headSeq() { return changes.size(); }
    }

    static StorySource source(StoryStore store) { return dateline.App.storySource(store); }

    static Set<String> indexedIds(SearchIndex index) throws IOException {
        FacetedSearcher searcher = index.acquire();
        try {
            Set<String> ids = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc doc : searcher.search(new MatchAllDocsQuery(), Integer.MAX_VALUE / 2).scoreDocs) {
                assertThat(ids.add(stored.document(doc.doc).get(StoryDocument.ID))).as("one document per story").isTrue();
            }
            return ids;
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void onlyPublishedStoriesAreIndexedWhateverWroteThem() throws Exception {
        FakeLog log = new FakeLog();
        log.write("published", "Ferries run", Status.PUBLISHED, ChangeKind.PUBLISHED);
        log.write("draft", "A draft", Status.DRAFT, ChangeKind.DRAFTED);
        log.write("embargoed", "An embargoed story", Status.SCHEDULED, ChangeKind.EMBARGOED);
        log.write("withdrawn", "Soon withdrawn", Status.PUBLISHED, ChangeKind.PUBLISHED);
        log.write("withdrawn", "Soon withdrawn", Status.WITHDRAWN, ChangeKind.WITHDRAWN);
        log.write("released", "Embargo over", Status.SCHEDULED, ChangeKind.EMBARGOED);

        try (SearchIndex index = new SearchIndex(data, UTC, log, log::headSeq).open()) {
            index.awaitApplied(log.headSeq(), 10_000);
            assertThat(indexedIds(index)).containsExactly("published");

            log.write("released", "Embargo over", Status.PUBLISHED, ChangeKind.EMBARGO_RELEASED);
            index.wake();
            index.awaitApplied(log.headSeq(), 10_000);
            assertThat(indexedIds(index)).containsExactlyInAnyOrder("published", "released");
        }
    }

    @Test
    void theLastAppliedSequenceIsCommittedWithTheDocumentsAndTheRestartCatchesUpFromIt() throws Exception {
        FakeLog log = new FakeLog();
        for (int i = 0; i < 5; i++) log.write("story-" + i, "Story " + i, Status.PUBLISHED, ChangeKind.PUBLISHED);
        StoryDocument documents = new StoryDocument(UTC);
        Path folder = new IndexFolder(data).current();
        try (LiveIndex index = LiveIndex.open(folder, SearchAnalyzer.create(), log, documents)) {
            index.indexer.catchUp(seq -> { });
            index.indexer.commit();
        }
        for (int i = 5; i < 8; i++) log.write("story-" + i, "Story " + i, Status.PUBLISHED, ChangeKind.PUBLISHED);
        log.write("story-0", "Story 0", Status.WITHDRAWN, ChangeKind.WITHDRAWN);
        LiveIndex crashed = LiveIndex.open(folder, SearchAnalyzer.create(), log, documents);
        assertThat(crashed.indexer.applied()).isEqualTo(5);
        crashed.indexer.catchUp(seq -> { });
        // Applied and searchable, never committed: a crash loses it from the index, not from the log.
        crashed.crash();

        try (SearchIndex index = new SearchIndex(data, UTC, log, log::headSeq).open()) {
            assertThat(index.appliedSeq()).isEqualTo(5);
            index.awaitApplied(log.headSeq(), 10_000);
            assertThat(indexedIds(index)).containsExactlyInAnyOrder("story-1", "story-2", "story-3", "story-4",
                    "story-5", "story-6", "story-7");
            assertThat(index.appliedSeq()).isEqualTo(9);
        }
    }

    @Test
    void aRebuildSwapsInWhileTheOldIndexKeepsServing() throws Exception {
        FakeLog log = new FakeLog();
        log.write("first", "First story", Status.PUBLISHED, ChangeKind.PUBLISHED);
        try (SearchIndex index = new SearchIndex(data, UTC, log, log::headSeq).open()) {
            index.awaitApplied(1, 10_000);
            Path before = new IndexFolder(data).current();

            Reindex.Result rebuilt = new Reindex(data, UTC, log).run(seq -> { });
            log.write("second", "Second story", Status.PUBLISHED, ChangeKind.PUBLISHED);
            index.wake();

            assertThat(rebuilt).isEqualTo(new Reindex.Result(1, 1));
            assertThat(new IndexFolder(data).current()).isNotEqualTo(before);
            assertThat(index.awaitApplied(2, 10_000)).isTrue();
            long deadline = System.currentTimeMillis() + 10_000;
            while (before.toFile().exists() && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertThat(before).as("the old index is deleted once the server let go of it").doesNotExist();
            assertThat(indexedIds(index)).containsExactlyInAnyOrder("first", "second");
        }
    }
}
