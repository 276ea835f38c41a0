package dateline.store;

import dateline.story.StoreFailure;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/** Opens the connection pool for a JDBC URL and brings the schema up to date. */
final class Database {
    private Database() {}

    static HikariDataSource open(String jdbcUrl, Dialect dialect) {
        Optional<Path> file = dialect == Dialect.SQLITE ? sqliteFile(jdbcUrl) : Optional.empty();
        if (file.isEmpty()) return openPool(jdbcUrl, dialect);
        createParent(file.get());
        // Two processes (a server and an import, or two imports) opening one new file at once
        // both turn on WAL and both run the migrations: SQLite answers one of them "database is
        // locked" without waiting. Opening takes turns, within this process and across processes.
        synchronized (Database.class) {
            try (FileChannel channel = FileChannel.open(Path.of(file.get() + ".open-lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var held = channel.lock()) {
                return openPool(jdbcUrl, dialect);
            } catch (IOException e) {
                throw new StoreFailure("store: unable to take the lock for opening " + file.get(), e);
            }
        }
    }

    private static HikariDataSource openPool(String jdbcUrl, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("dateline-store");
        config.setMaximumPoolSize(dialect == Dialect.SQLITE ? 8 : 16);
        if (dialect == Dialect.SQLITE) {
            // WAL lets readers go on while one writer commits; FULL sync makes every
            // acknowledged write survive a power cut, not just a crash of the process.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            // A write transaction takes the write lock when it begins, so the change-log head it
            // reads cannot move under it, even with another process (an import) writing too.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreFailure("store: unable to connect to " + redacted(jdbcUrl), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreFailure("store: unable to migrate the schema at " + redacted(jdbcUrl), e);
        }
    }

    /** The database file a SQLite URL names, or empty for an in-memory database. */
    static Optional<Path> sqliteFile(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "").replaceFirst("\\?.*$", "");
        if (file.isEmpty() || file.startsWith(":memory:")) return Optional.empty();
        return Optional.of(Path.of(file).toAbsolutePath());
    }

    private static void createParent(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreFailure("store: unable to create the data directory for " + file, e);
        }
    }

    /** The URL with any password hidden: messages about the store end up on screens and in logs. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
