package dateline.ingest;

import dateline.copy.CopyRejected;
import dateline.story.Filing;
import dateline.story.StoryService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample stories behind {@code serve --demo}: copy written for the project (fictional
 * people and events), read through the same parser as any import. Loading them twice
 * changes nothing, since each is filed under its own source.
 */
public final class DemoStories {
    private static final String FOLDER = "/demo/";
    /** The day the samples were written, so their datelines resolve the same on every start. */
    private static final LocalDate FILED = LocalDate.of(2026, 2, 12);

    private DemoStories() {}

    public static ImportReport load(CopyImporter importer, StoryService stories) {
        ImportReport report = new ImportReport();
        List<Filing> filings = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.trim().split("\\s+");
            try {
                filings.add(importer.filing("demo-" + parts[0], read(parts[0]).getBytes(StandardCharsets.UTF_8),
                        null, parts[1], FILED));
            } catch (CopyRejected e) {
                report.rejected(Quoted.name(parts[0]), e.getMessage());
            }
        }
        stories.fileAll(filings).forEach(report::count);
        return report;
    }

    private static String read(String name) {
        try (InputStream in = DemoStories.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("demo story missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
