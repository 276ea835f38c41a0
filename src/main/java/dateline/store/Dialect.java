package dateline.store;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The differences between SQLite and PostgreSQL that the SQL cannot hide. */
enum Dialect {
    SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT"),
    POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");

    private final String identity;

    Dialect(String identity) { this.identity = identity; }

    static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /** Values for the ${...} placeholders in the migrations. */
    Map<String, String> placeholders() { return Map.of("identity", identity); }

    /**
     * Makes writers take turns for the rest of the transaction, so that change-log sequences
     * become visible in order and a reader tailing the log never skips one committed late.
     * SQLite has a single writer already; PostgreSQL takes a transaction-scoped advisory lock,
     * which also holds across several nodes sharing the database.
     */
    void serializeWriters(Handle handle) {
        if (this == POSTGRESQL) handle.execute("SELECT pg_advisory_xact_lock(7301)");
    }
}
