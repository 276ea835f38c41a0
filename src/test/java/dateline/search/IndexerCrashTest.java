package dateline.search;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.store.SqlStoryStore;
import dateline.story.Filing;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer killed mid-way (a real process, killed with SIGKILL while it catches up) and
 * restarted: the index then holds exactly the published stories of the store, each as it
 * stands, and the sequence its commit recorded never runs ahead of its documents.
 */
class IndexerCrashTest {
    private static final int STORIES = 12_000;
    @TempDir Path data;

    @Test
    void anIndexerKilledMidWayCatchesUpOnRestartAndMatchesTheStore() throws Exception {
        String jdbc = "jdbc:sqlite:" + data.resolve("dateline.db");
        List<Story> filed = new ArrayList<>();
        try (SqlStoryStore store = SqlStoryStore.open(jdbc)) {
            StoryService stories = new StoryService(store, Clock.systemUTC());
            fill(stories, filed);

            Process server = serve();
            try {
                waitForACommit();
            } finally {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            long committed = committedSeq();
            assertThat(committed).as("killed part way (else raise STORIES)").isGreaterThan(0).isLessThan(store.headSeq());
            // While it is down: some stories change, one is withdrawn.
            Story withdrawn = filed.get(0);
            stories.withdraw(withdrawn.id(), withdrawn.version());
            Story updated = filed.get(STORIES - 1);
            stories.update(updated.id(), story("A headline written after the crash", "world", "New text.").content(), updated.version());

            try (SearchIndex index = new SearchIndex(data, ZoneId.of("UTC"), SearchIndexTest.source(store), store::headSeq).open()) {
                assertThat(index.appliedSeq()).as("the restart starts from the last commit").isEqualTo(committed);
                assertThat(index.awaitApplied(store.headSeq(), 120_000)).isTrue();

                Set<String> published = new HashSet<>();
                store.findAll(filed.stream().map(Story::id).toList()).stream()
                        .filter(s -> s.status() == Status.PUBLISHED).forEach(s -> published.add(s.id()));
                assertThat(SearchIndexTest.indexedIds(index)).hasSize(published.size()).containsExactlyInAnyOrderElementsOf(published);
                StorySearch search = new StorySearch(index, store::headSeq, ZoneId.of("UTC"));
                assertThat(search.search("\"written after the crash\"", 10, null, SearchOrder.RELEVANCE).total()).isEqualTo(1);
                assertThat(search.search("headline:\"" + updated.headline() + "\"", 10, null, SearchOrder.RELEVANCE).total()).isZero();
            }
        }
    }

    private static void fill(StoryService stories, List<Story> filed) {
        List<Filing> batch = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            batch.add(new Filing(null, null, story("Harbour report number " + i, "world", "Report " + i + " from the harbour.")
                    .in("Oslo").content()));
            if (batch.size() == 1000) {
                stories.fileAll(batch).forEach(f -> filed.add(f.story()));
                batch.clear();
            }
        }
    }

    private Process serve() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dateline.Main", "serve",
                "--data", data.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
    }

    /** Waits until the server's index has committed a first part of the log. */
    private void waitForACommit() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (committedSeq() > 0) return;
            Thread.sleep(10);
        }
        throw new AssertionError("the server never committed: " + Files.readString(data.resolve("server.log")));
    }

    private long committedSeq() throws Exception {
        Path pointer = data.resolve("search/current");
        if (!Files.exists(pointer)) return 0;
        try (var dir = FSDirectory.open(data.resolve("search").resolve(Files.readString(pointer).strip()))) {
            if (!DirectoryReader.indexExists(dir)) return 0;
            long seq = 0;
            for (IndexCommit commit : DirectoryReader.listCommits(dir)) {
                Map<String, String> user = commit.getUserData();
                if (user.containsKey(Indexer.APPLIED_SEQ)) seq = Math.max(seq, Long.parseLong(user.get(Indexer.APPLIED_SEQ)));
            }
            return seq;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
