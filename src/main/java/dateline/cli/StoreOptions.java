package dateline.cli;

import dateline.config.Settings;
import dateline.config.SettingsReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that touches the store takes, the same way. */
public final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ./data, or DATELINE_DATA).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Store URL, e.g. jdbc:postgresql://127.0.0.1:5432/dateline?user=dateline (default: SQLite in the data directory, or DATELINE_DB).")
    String db;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The agency's time zone (default: UTC, or DATELINE_ZONE).")
    String zone;

    Settings settings(Integer port, String host, String baseUrl) {
        return settings(port, host, baseUrl, null);
    }

    Settings settings(Integer port, String host, String baseUrl, String listen) {
        return SettingsReader.fromEnvironment().read(new SettingsReader.Flags(port, data, db, host, baseUrl, zone, listen));
    }
}
