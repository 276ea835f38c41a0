package dateline.store;

import org.jdbi.v3.core.Handle;

/** The differences between SQLite and PostgreSQL that the SQL cannot hide. */
enum Dialect {
    SQLITE, POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /**
     * Makes writers take turns for the rest of the transaction: each write numbers its change-log
     * entries from the head it read, so sequences never collide, and they become visible in
     * order, so a reader tailing the log never skips one committed late. SQLite's IMMEDIATE
     * transactions already hold its single write lock; PostgreSQL takes a transaction-scoped
     * advisory lock, which also holds across several nodes sharing the database; keyed by the
     * schema too, since the lock is the database's and another store may live in another schema.
     */
    void serializeWriters(Handle handle) {
        if (this == POSTGRESQL) handle.execute("SELECT pg_advisory_xact_lock(7301, hashtext(current_schema()))");
    }
}
