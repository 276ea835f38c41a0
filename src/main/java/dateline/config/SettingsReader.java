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
 * listen    --listen  DATELINE_LISTEN     0.0.0.0 (every interface)
 * answer max bytes    DATELINE_ANSWER_MAX_BYTES  4M
 * cache max bytes     DATELINE_CACHE_MAX_BYTES   64M
 * agency              DATELINE_AGENCY     DTL   (the agency in newsroom datelines)
 * </pre>
 * Sizes are whole numbers of bytes, or of KiB, MiB or GiB with K, M or G after them.
 */
public final class SettingsReader {
    private final Map<String, String> env;

    public SettingsReader(Map<String, String> env) { this.env = env; }

    /** Reads from the process environment. */
    public static SettingsReader fromEnvironment() { return new SettingsReader(System.getenv()); }

    /** Flags that were not given are null. */
    public record Flags(Integer port, Path data, String db, String host, String baseUrl, String zone, String listen) {
        /** Flags of commands that do not listen. */
        public Flags(Integer port, Path data, String db, String host, String baseUrl, String zone) {
            this(port, data, db, host, baseUrl, zone, null);
        }

        public static Flags none() { return new Flags(null, null, null, null, null, null, null); }
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
        String listen = pick(flags.listen(), "DATELINE_LISTEN", "0.0.0.0");
        if (!ListenAddress.isValid(listen)) {
            problems.add("listen: expected an IP address (0.0.0.0 for every interface, 127.0.0.1 for this machine only), got " + listen);
        }
        Settings.Limits defaults = Settings.Limits.defaults();
        long answerMax = size("answer-max-bytes", pick(null, "DATELINE_ANSWER_MAX_BYTES", null), defaults.answerMaxBytes(), 64 << 10, problems);
        long cacheMax = size("cache-max-bytes", pick(null, "DATELINE_CACHE_MAX_BYTES", null), defaults.cacheMaxBytes(), 1 << 20, problems);
        String agency = pick(null, "DATELINE_AGENCY", "DTL");
        if (!agency.matches("[\\p{L}\\p{N} .&-]{1,40}")) problems.add("agency: up to 40 letters, digits, spaces and . & -, got " + agency);
        if (!problems.isEmpty()) throw new InvalidSettings(problems);
        return new Settings(port, data.toAbsolutePath().normalize(), db, host, stripSlash(baseUrl), zone, listen,
                new Settings.Limits(answerMax, cacheMax), agency);
    }

    /** A size in bytes: ASCII digits, optionally K, M or G (binary multiples), at least {@code min}. */
    private static long size(String name, String raw, long fallback, long min, List<String> problems) {
        if (raw == null) return fallback;
        String text = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (text.matches("[0-9]{1,12}[KMG]?")) {
            int shift = switch (text.charAt(text.length() - 1)) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                default -> 0;
            };
            long value = Long.parseLong(shift == 0 ? text : text.substring(0, text.length() - 1)) << shift;
            if (value >= min) return value;
        }
        problems.add(name + ": expected a size of at least " + (min >> 10) + "K (bytes, or with K, M or G), got " + raw);
        return fallback;
    }

    private int port(Integer flag, List<String> problems) {
        String raw = flag != null ? flag.toString() : pick(null, "DATELINE_PORT", "8080");
        try {
            // Integer.parseInt takes any script's digits; a port is written in ASCII ones.
            if (raw.trim().matches("[0-9]{1,5}")) {
                int port = Integer.parseInt(raw.trim());
                if (port <= 65535) return port;
            }
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
