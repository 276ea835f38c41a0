package dateline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteWireStoreTest extends WireStoreContract {
    @TempDir Path dir;

    @Override
    SqlStoryStore openStore() { return TestStores.sqlite(dir); }
}
