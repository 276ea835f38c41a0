package dateline.ingest;

import dateline.copy.CopyRejected;
import dateline.copy.CopyText;
import dateline.story.Filed;
import dateline.story.Filing;
import dateline.story.InvalidInput;
import dateline.story.StoryService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Imports the files, counting into {@code report} as each batch is stored, so that when the
     * store fails part way the caller can still say what was stored before.
     *
     * @param progress told the number of files done so far
     */
    public void run(List<Path> files, Options options, ImportReport report, IntConsumer progress) {
        Set<Path> repeated = options.id() == null ? repeatedNames(files) : Set.of();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-writer"));
        try {
            Future<List<Filed>> writing = CompletableFuture.completedFuture(List.of());
            for (int from = 0; from < files.size(); from += BATCH) {
                List<Path> chunk = files.subList(from, Math.min(from + BATCH, files.size()));
                List<Filing> filings = readChunk(chunk, repeated, options, report);
                finish(writing, report);
                progress.accept(from);
                writing = writer.submit(() -> filings.isEmpty() ? List.<Filed>of() : stories.fileAll(filings));
            }
            finish(writing, report);
            progress.accept(files.size());
        } finally {
            writer.shutdownNow();
        }
    }

    /**
     * Reads and structures one chunk. Structuring copy is pure and the slow part, so it is spread
     * over the cores while the previous chunk is being stored; storing stays in file order.
     */
    private List<Filing> readChunk(List<Path> chunk, Set<Path> repeated, Options options, ImportReport report) {
        List<Read> reads = chunk.parallelStream()
                .map(file -> repeated.contains(file)
                        ? Read.rejected(file.toString(), "another file of this import has the same name, "
                                + "which names the story it updates: import it on its own")
                        : read(file, options))
                .toList();
        List<Filing> filings = new ArrayList<>(reads.size());
        for (Read read : reads) {
            if (read.filing() != null) filings.add(read.filing());
            else report.rejected(read.source(), read.problem());
        }
        return filings;
    }

    /** Files whose name an earlier file of the list has: the name says which story a file updates. */
    private static Set<Path> repeatedNames(List<Path> files) {
        Set<String> names = new HashSet<>();
        Set<Path> repeated = new HashSet<>();
        for (Path file : files) {
            if (!names.add(file.getFileName().toString())) repeated.add(file);
        }
        return repeated;
    }

    /** Waits for a chunk to be stored and counts what it did; its failure is the import's. */
    private static void finish(Future<List<Filed>> writing, ImportReport report) {
        try {
            writing.get().forEach(report::count);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** One file read: a filing, or where and why it was rejected. */
    private record Read(Filing filing, String source, String problem) {
        static Read rejected(String source, String problem) { return new Read(null, source, problem); }
    }

    private Read read(Path file, Options options) {
        try {
            if (Files.size(file) > CopyText.MAX_BYTES) {
                throw new CopyRejected("larger than " + CopyText.MAX_BYTES / 1024 + " KiB");
            }
            byte[] bytes = Files.readAllBytes(file);
            LocalDate reference = options.date() != null ? options.date()
                    : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
            return new Read(importer.filing(file.getFileName().toString(), bytes, options.id(), options.section(), reference), null, null);
        } catch (CopyRejected e) {
            return Read.rejected(file + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage());
        } catch (InvalidInput e) {
            return Read.rejected(file.toString(), e.getMessage());
        } catch (IOException e) {
            return Read.rejected(file.toString(), "unable to read: " + e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the import: say so and go on.
            return Read.rejected(file.toString(), "unable to structure this copy (" + e + ")");
        }
    }
}
