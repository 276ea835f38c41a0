package dateline.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Settings} from flags (given as nullable values, already parsed by the command
 * line) over DATELINE_* environment variables over defaults, and validates them all at once.
 *
 * <pre>
 * setting   flag      variable            default
 * port      --port    DATELINE_PORT       8080
 * data      --data    DATELINE_DATA       ./data
 * db        --db      DATELINE_DB         jdbc:sqlite:DATA/dateline.db
 * host      --host    DATELINE_HOST       localhost
 * base url  --base-url DATELINE_BASE_URL  http://HOST:PORT
 * zone      --zone    DATELINE_ZONE       UTC
 * agency              DATELINE_AGENCY     DTL   (the agency in newsroom datelines)
 * </pre>
 */
public final class SettingsReader {
    private final Map<String, String> env;

    public SettingsReader(Map<String, String> env) { this.env = env; }

    /** Reads from the process environment. */
    public static SettingsReader fromEnvironment() { return new SettingsReader(System.getenv()); }

    /** Flags that were not given are null. */
    public record Flags(Integer port, Path data, String db, String host, String baseUrl, String zone) {
        public static Flags none() { return new Flags(null, null, null, null, null, null); }
    }

    public Settings read(Flags flags) {
        List<String> problems = new ArrayList<>();
        int port = port(flags.port(), problems);
        Path data = flags.data() != null ? flags.data() : Path.of(pick(null, "DATELINE_DATA", "data"));
        String db = pick(flags.db(), "DATELINE_DB", null);
        if (db != null && !db.startsWith("jdbc:sqlite:") && !db.startsWith("jdbc:postgresql:")) {
            problems.add("db: expected a jdbc:sqlite: or jdbc:postgresql: URL, got " + Settings.redact(db));
        }
        String host = pick(flags.host(), "DATELINE_HOST", "localhost");
        if (!host.matches("[A-Za-z0-9.-]{1,253}")) problems.add("host: not a host name: " + host);
        String baseUrl = pick(flags.baseUrl(), "DATELINE_BASE_URL", "http://" + host + ":" + port);
        if (!baseUrl.matches("https?://\\S+")) problems.add("base-url: expected http(s)://..., got " + baseUrl);
        ZoneId zone = zone(pick(flags.zone(), "DATELINE_ZONE", "UTC"), problems);
        String agency = pick(null, "DATELINE_AGENCY", "DTL");
        if (!agency.matches("[\\p{L}\\p{N} .&-]{1,40}")) problems.add("agency: up to 40 letters, digits, spaces and . & -, got " + agency);
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
        return new Settings(port, data.toAbsolutePath().normalize(), db, host, stripSlash(baseUrl), zone, agency);
    }

    private int port(Integer flag, List<String> problems) {
        String raw = flag != null ? flag.toString() : pick(null, "DATELINE_PORT", "8080");
        try {
            int port = Integer.parseInt(raw.trim());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException ignored) {
            // reported below with the value that was given
        }
        problems.add("port: expected a number from 0 to 65535, got " + raw);
        return 0;
    }

    private static ZoneId zone(String raw, List<String> problems) {
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            problems.add("zone: unknown time zone " + raw);
            return ZoneId.of("UTC");
        }
    }

    private String pick(String flag, String variable, String fallback) {
        if (flag != null) return flag;
        String value = env.get(variable);
        return value != null && !value.isBlank() ? value : fallback;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
