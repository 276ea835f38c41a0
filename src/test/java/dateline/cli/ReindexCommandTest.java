package dateline.cli;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.web.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexCommandTest extends CommandTest {
    @TempDir Path data;

    @Test
    void reindexRebuildsFromTheStoreWhileTheSiteKeepsServingThenTheSiteSwapsToIt() throws Exception {
        try (RunningApp site = new RunningApp(data)) {
            for (int i = 0; i < 30; i++) story("Harbour report " + i, "world", "Ice in the harbour.").fileWith(site.app().stories());
            site.app().stories().withdraw(site.app().stories().latest(new dateline.story.FeedQuery(null, null, 1)).items().get(0).id(), 1);
            assertThat(site.get("/api/v1/search?q=harbour").body()).contains("\"total\":29");

            int exit = run("reindex", "--data", data.toString());
            story("Harbour news after the rebuild", "world", "More ice.").fileWith(site.app().stories());

            assertThat(exit).as(err.toString()).isZero();
            assertThat(out.toString()).contains("reindexed 29 published stories up to change 31");
            assertThat(err.toString()).contains("changes");
            assertThat(site.get("/api/v1/search?q=harbour").body()).contains("\"total\":30");
            long deadline = System.currentTimeMillis() + 10_000;
            while (indexFolders() > 1 && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertThat(indexFolders()).as("the old index is deleted after the swap").isEqualTo(1);
        }
    }

    private long indexFolders() throws Exception {
        try (Stream<Path> folders = Files.list(data.resolve("search"))) {
            return folders.filter(p -> p.getFileName().toString().startsWith("index-")).count();
        }
    }
}
