package dateline.ingest;

import dateline.copy.CopyRejected;
import dateline.copy.CopyText;
import dateline.story.Filing;
import dateline.story.InvalidInput;
import dateline.story.StoryService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Imports copy files: each is read, checked and structured on its own (a bad file is
 * rejected with its reason and stores nothing), and the good ones are filed in batches, one
 * transaction each, which is what makes a large import fast on the embedded store.
 */
public final class FileImport {
    private static final int BATCH = 500;
    private final CopyImporter importer;
    private final StoryService stories;
    private final ZoneId zone;

    public FileImport(CopyImporter importer, StoryService stories, ZoneId zone) {
        this.importer = importer;
        this.stories = stories;
        this.zone = zone;
    }

    /** Options of one import: an explicit id (one file only), a section, a reference date. */
    public record Options(String id, String section, LocalDate date) {}

    /** @param progress told the number of files done so far */
    public ImportReport run(List<Path> files, Options options, IntConsumer progress) {
        ImportReport report = new ImportReport();
        List<Filing> batch = new ArrayList<>();
        int done = 0;
        for (Path file : files) {
            Filing filing = read(file, options, report);
            if (filing != null) batch.add(filing);
            if (batch.size() >= BATCH) file(batch, report);
            progress.accept(++done);
        }
        file(batch, report);
        return report;
    }

    private Filing read(Path file, Options options, ImportReport report) {
        try {
            if (Files.size(file) > CopyText.MAX_BYTES) {
                throw new CopyRejected("larger than " + CopyText.MAX_BYTES / 1024 + " KiB");
            }
            byte[] bytes = Files.readAllBytes(file);
            LocalDate reference = options.date() != null ? options.date()
                    : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
            return importer.filing(file.getFileName().toString(), bytes, options.id(), options.section(), reference);
        } catch (CopyRejected e) {
            report.rejected(file + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage());
        } catch (InvalidInput e) {
            report.rejected(file.toString(), e.getMessage());
        } catch (IOException e) {
            report.rejected(file.toString(), "unable to read: " + e.getMessage());
        }
        return null;
    }

    private void file(List<Filing> batch, ImportReport report) {
        if (batch.isEmpty()) return;
        stories.fileAll(batch).forEach(report::count);
        batch.clear();
    }
}
