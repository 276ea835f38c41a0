package dateline.config;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Validated settings of one Dateline process.
 *
 * @param port    HTTP port; 0 picks a free one (tests)
 * @param dataDir where the embedded store and derived files live
 * @param dbUrl   JDBC URL of the store; defaults to SQLite inside dataDir
 * @param host    the host name in story URIs ({@code urn:dateline:<host>:<id>}) and absolute links
 * @param zone    the agency's time zone, used for datelines and times shown to readers
 * @param agency  the agency's name as its datelines print it ({@code OSLO, March 3. /DTL/.})
 */
public record Settings(int port, Path dataDir, String dbUrl, String host, String baseUrl, ZoneId zone, String agency) {

    /** The JDBC URL to use: the given one, or SQLite in the data directory. */
    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : "jdbc:sqlite:" + dataDir.resolve("dateline.db");
    }

    /** The store's URL with any password removed, safe to log or print. */
    public String safeJdbcUrl() {
        return redact(jdbcUrl());
    }

    /** A JDBC URL with any password hidden, for messages and logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
