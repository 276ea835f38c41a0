package dateline;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The data kept beside the project, not in it ({@code ../shared}: the seed and development
 * corpus, the IPTC standards). Tests that need it call {@link #require(String)}, which skips
 * them with a message when it is absent, so a fresh clone's {@code mvn verify} still passes.
 * CI passes the path as {@code -Ddateline.shared=...} so these tests always run there.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared folder, from -Ddateline.shared, DATELINE_SHARED, or ../shared; null when absent. */
    public static Path root() {
        for (String candidate : new String[] {
                System.getProperty("dateline.shared"), System.getenv("DATELINE_SHARED"), "../shared"}) {
            if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** A path inside the shared folder; skips the calling test with a message when it is absent. */
    public static Path require(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null,
                "skipped: ../shared is absent (pass -Ddateline.shared=PATH to run this test)");
        Path path = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "skipped: " + path + " is absent");
        return path;
    }
}
