package dateline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteNewsroomTest extends NewsroomContract {
    @TempDir Path dir;

    @Override
    SqlStoryStore openStore() { return TestStores.sqlite(dir); }
}
