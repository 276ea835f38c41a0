package dateline.cli;

import dateline.store.SqlStoryStore;
import dateline.story.FeedQuery;
import dateline.story.Story;
import dateline.story.StoryService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** Commands run against a fresh embedded store of their own, and what that store then holds. */
abstract class StoreCommandTest extends CommandTest {
    @TempDir Path dir;

    /** {@code dateline COMMAND --data=DIR/data ARGS...}. */
    @Override
    int run(String... args) {
        String[] withData = new String[args.length + 1];
        withData[0] = args[0];
        withData[1] = "--data=" + dir.resolve("data");
        System.arraycopy(args, 1, withData, 2, args.length - 1);
        return super.run(withData);
    }

    /** The published stories in the store, newest first. */
    List<Story> stored() {
        try (SqlStoryStore store = SqlStoryStore.open("jdbc:sqlite:" + dir.resolve("data/dateline.db"))) {
            StoryService stories = new StoryService(store, Clock.systemUTC());
            return stories.stories(stories.latest(new FeedQuery(null, null, 100)));
        }
    }
}
