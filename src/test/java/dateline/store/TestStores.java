package dateline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The stores the contract tests run on: a fresh SQLite file always, PostgreSQL when configured. */
public final class TestStores {
    private TestStores() {}

    public static SqlStoryStore sqlite(Path dir) {
        return SqlStoryStore.open("jdbc:sqlite:" + dir.resolve("test.db"));
    }

    /** The PostgreSQL of DATELINE_TEST_PG_URL, emptied; skips the test when it is not set. */
    public static SqlStoryStore postgres() {
        String url = System.getenv("DATELINE_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "skipped: set DATELINE_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the store tests on PostgreSQL");
        SqlStoryStore store = SqlStoryStore.open(url);
        store.deleteEverything();
        return store;
    }
}
