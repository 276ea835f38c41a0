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
 * @param listen  the address the server listens on: an IP address of this machine, or 0.0.0.0
 *                for every interface
 * @param limits  how much one request may cost the server
 * @param agency  the agency's name as its datelines print it ({@code OSLO, March 3. /DTL/.})
 */
public record Settings(int port, Path dataDir, String dbUrl, String host, String baseUrl, ZoneId zone,
                       String listen, Limits limits, String agency) {

    /**
     * Bounds on what one request may make the server hold, so that no client can exhaust memory.
     *
     * @param answerMaxBytes the most bytes one API answer may hold; a page of stories that would
     *                       be larger ends early and says where to go on ({@code next})
     * @param cacheMaxBytes  the most bytes of rendered pages and story documents kept in memory
     */
    public record Limits(long answerMaxBytes, long cacheMaxBytes) {
        public static Limits defaults() { return new Limits(4L << 20, 64L << 20); }
    }

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
