package dateline.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Lets one import at a time write to a store, so that two imports of one folder cannot both
 * take the same new file for a new story. Held by the process, not written in the store: the
 * operating system (SQLite's file lock) or PostgreSQL (a session advisory lock) lets it go
 * when the process ends, however it ends, so a killed import never leaves a stale lock. An
 * advisory lock belongs to the whole database, so its second key is the store's schema: stores
 * in two schemas of one database (staging beside production) never wait for each other.
 */
public final class ImportLock implements AutoCloseable {
    private static final long ADVISORY_KEY = 7302;
    private final AutoCloseable held;

    private ImportLock(AutoCloseable held) { this.held = held; }

    /** The lock, or empty when another import holds it. */
    static Optional<ImportLock> tryTake(String jdbcUrl, Dialect dialect, DataSource pool) {
        try {
            return dialect == Dialect.POSTGRESQL ? advisory(pool) : file(jdbcUrl);
        } catch (IOException | SQLException e) {
            throw new dateline.story.StoreFailure("store: unable to take the import lock", e);
        }
    }

    private static Optional<ImportLock> advisory(DataSource pool) throws SQLException {
        Connection connection = pool.getConnection();
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_KEY + ", hashtext(current_schema()))")) {
            if (result.next() && result.getBoolean(1)) {
                return Optional.of(new ImportLock(() -> {
                    try (connection; Statement unlock = connection.createStatement()) {
                        unlock.execute("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ", hashtext(current_schema()))");
                    }
                }));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** Beside the database file: {@code dateline.db.import-lock}. */
    private static Optional<ImportLock> file(String jdbcUrl) throws IOException {
        Optional<Path> location = Database.sqliteFile(jdbcUrl);
        if (location.isEmpty()) return Optional.of(new ImportLock(() -> {}));
        FileChannel channel = FileChannel.open(Path.of(location.get() + ".import-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, by another import still running in it
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        FileLock taken = lock;
        return Optional.of(new ImportLock(() -> {
            try (channel) {
                taken.release();
            }
        }));
    }

    @Override
    public void close() {
        try {
            held.close();
        } catch (Exception e) {
            throw new dateline.story.StoreFailure("store: unable to let go of the import lock", e);
        }
    }
}
