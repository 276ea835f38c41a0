package dateline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/** The stores the contract tests run on: a fresh SQLite file always, PostgreSQL when configured. */
public final class TestStores {
    private TestStores() {}

    public static SqlStoryStore sqlite(Path dir) {
        return SqlStoryStore.open("jdbc:sqlite:" + dir.resolve("test.db"));
    }

    /** Named for this test run's process, so two runs against one database never share tables. */
    private static final String SCHEMA = "dateline_test_" + ProcessHandle.current().pid();
    private static final Set<String> MADE = ConcurrentHashMap.newKeySet();

    /**
     * A fresh schema of its own in the PostgreSQL of DATELINE_TEST_PG_URL, so the tests start from
     * the migrations every time and touch nothing else there; skips the test when it is not set.
     */
    public static SqlStoryStore postgres() {
        return postgres(SCHEMA);
    }

    /** A second store beside {@link #postgres()}, in a schema of its own in the same database. */
    public static SqlStoryStore postgresBeside() {
        return postgres(SCHEMA + "_beside");
    }

    private static SqlStoryStore postgres(String schema) {
        String url = System.getenv("DATELINE_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "skipped: set DATELINE_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the store tests on PostgreSQL");
        run(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        if (MADE.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropMade(url), "drop-test-schemas"));
        }
        MADE.add(schema);
        return SqlStoryStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** The run leaves the database as it found it; a killed run leaves schemas that say whose they were. */
    private static void dropMade(String url) {
        try {
            run(url, MADE.stream().map(s -> "DROP SCHEMA IF EXISTS " + s + " CASCADE").toArray(String[]::new));
        } catch (IllegalStateException e) {
            System.err.println("test stores: " + e.getMessage());
        }
    }

    private static void run(String url, String... statements) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("unable to prepare the test schema at " + url, e);
        }
    }
}
