package dateline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir Path dir;

    @Override
    SqlStoryStore openStore() { return TestStores.sqlite(dir); }
}
