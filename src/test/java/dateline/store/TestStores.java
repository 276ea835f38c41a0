package dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/** The stores the contract tests run on: a fresh SQLite file always, PostgreSQL when configured. */
public final class TestStores {
    private TestStores() {}

    public static SqlStoryStore sqlite(Path dir) {
        return SqlStoryStore.open("jdbc:sqlite:" + dir.resolve("test.db"));
    }

    private static final String SCHEMA = "dateline_test";

    /**
     * A fresh schema of its own in the PostgreSQL of DATELINE_TEST_PG_URL, so the tests start from
     * the migrations every time and touch nothing else there; skips the test when it is not set.
     */
    public static SqlStoryStore postgres() {
        String url = System.getenv("DATELINE_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "skipped: set DATELINE_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the store tests on PostgreSQL");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("unable to prepare the test schema at " + url, e);
        }
        return SqlStoryStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    }
}
