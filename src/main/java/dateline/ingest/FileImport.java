package dateline.ingest;

import dateline.copy.CopyRejected;
import dateline.copy.CopyText;
import dateline.ingest.CopyFiles.CopyFile;
import dateline.story.Filed;
import dateline.story.Filing;
import dateline.story.InvalidInput;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>A file's story is the one filed under {@code --id}, or else the one imported before under
 * the file's name ({@link CopyFiles}). Importing a known name again leaves the story unchanged
 * when its text is the same; settings not given this time ({@code --section}, {@code --date})
 * keep what the story has. Another text under a known name is a new version only with
 * {@code --update}: without it, the file is rejected, since a name reused for a different story
 * must not silently replace the first.
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

    /**
     * Options of one import: an explicit id (one file only), a section, a reference date, and
     * whether another text under a known name may make a new version.
     */
    public record Options(String id, String section, LocalDate date, boolean update) {
        public Options(String id, String section, LocalDate date) { this(id, section, date, false); }
    }

    /** Files of a chunk ready to file, with the names they came from, in the same order. */
    private record Chunk(List<Filing> filings, List<String> names) {}

    /**
     * Imports the files, counting into {@code report} as each batch is stored, so that when the
     * store fails part way the caller can still say what was stored before.
     *
     * @param progress told the number of files done so far
     */
    public void run(List<CopyFile> files, Options options, ImportReport report, IntConsumer progress) {
        Set<CopyFile> repeated = options.id() == null ? repeatedNames(files) : Set.of();
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "import-writer"));
        try {
            Future<Stored> writing = CompletableFuture.completedFuture(new Stored(List.of(), List.of()));
            for (int from = 0; from < files.size(); from += BATCH) {
                // Read while the previous chunk is stored: names never repeat across chunks, so
                // what this chunk finds already filed cannot be changed by that one.
                Chunk chunk = readChunk(files.subList(from, Math.min(from + BATCH, files.size())), repeated, options, report);
                finish(writing, report);
                progress.accept(from);
                writing = writer.submit(() -> new Stored(
                        chunk.filings().isEmpty() ? List.of() : stories.fileAll(chunk.filings()), chunk.names()));
            }
            finish(writing, report);
            progress.accept(files.size());
        } finally {
            writer.shutdownNow();
        }
    }

    /** What storing a chunk did, file by file. */
    private record Stored(List<Filed> filed, List<String> names) {}

    /**
     * Reads and structures one chunk. Structuring copy is pure and the slow part, so it is spread
     * over the cores; storing stays in file order.
     */
    private Chunk readChunk(List<CopyFile> part, Set<CopyFile> repeated, Options options, ImportReport report) {
        Map<String, Story> known = known(part, options);
        List<Read> reads = part.parallelStream()
                .map(file -> repeated.contains(file)
                        ? Read.rejected(Quoted.name(file.path().toString()), "another file of this import has the same name "
                                + Quoted.name(file.name()) + ", which names the story it updates: import it on its own")
                        : read(file, options, known.get(key(file, options))))
                .toList();
        Chunk chunk = new Chunk(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            if (read.filing() == null) {
                report.rejected(read.source(), read.problem());
                continue;
            }
            chunk.filings().add(read.filing());
            chunk.names().add(part.get(i).name());
        }
        return chunk;
    }

    /** The stories the files of a chunk would file into, by {@link #key}. */
    private Map<String, Story> known(List<CopyFile> part, Options options) {
        if (options.id() != null) return stories.find(options.id()).map(s -> Map.of("id:" + options.id(), s)).orElse(Map.of());
        return stories.importedFrom(part.stream().map(f -> key(f, options)).distinct().toList());
    }

    private static String key(CopyFile file, Options options) {
        return options.id() != null ? "id:" + options.id() : CopyImporter.sourceKey(file.name());
    }

    /** Files whose name an earlier file of the list has: the name says which story a file updates. */
    private static Set<CopyFile> repeatedNames(List<CopyFile> files) {
        Set<String> names = new HashSet<>();
        Set<CopyFile> repeated = new HashSet<>();
        for (CopyFile file : files) {
            if (!names.add(file.name())) repeated.add(file);
        }
        return repeated;
    }

    /** Waits for a chunk to be stored and counts what it did; its failure is the import's. */
    private static void finish(Future<Stored> writing, ImportReport report) {
        try {
            Stored stored = writing.get();
            for (int i = 0; i < stored.filed().size(); i++) report.count(stored.names().get(i), stored.filed().get(i));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** One file read: a filing, or where (quoted) and why it was rejected. */
    private record Read(Filing filing, String source, String problem) {
        static Read rejected(String source, String problem) { return new Read(null, source, problem); }
    }

    /** @param known the story this file's name (or --id) already holds, or null */
    private Read read(CopyFile file, Options options, Story known) {
        String where = Quoted.name(file.path().toString());
        try {
            if (Files.size(file.path()) > CopyText.MAX_BYTES) {
                throw new CopyRejected("larger than " + CopyText.MAX_BYTES / 1024 + " KiB");
            }
            byte[] bytes = Files.readAllBytes(file.path());
            String section = options.section() != null ? options.section() : known == null ? null : known.content().section();
            Filing filing = importer.filing(file.name(), bytes, options.id(), section, reference(file, options, known));
            if (known != null && options.id() == null && !options.update() && !sameText(known.content(), filing.content())) {
                return Read.rejected(where, "its name " + Quoted.name(file.name()) + " already holds story " + known.id()
                        + " (" + Quoted.name(known.headline()) + ") with another text: give --update to make this "
                        + "copy its next version, or --id to file it as a story of its own");
            }
            return new Read(filing, null, null);
        } catch (CopyRejected e) {
            return Read.rejected(where + (e.line() > 0 ? ":" + e.line() : ""), e.getMessage());
        } catch (InvalidInput e) {
            return Read.rejected(where, e.getMessage());
        } catch (IOException e) {
            return Read.rejected(where, "unable to read: " + e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the import: say so and go on.
            return Read.rejected(where, "unable to structure this copy (" + e + ")");
        }
    }

    /**
     * The day that resolves a dateline's "March 3": {@code --date}; else, for a story already
     * filed, the date its dateline was resolved to, so that importing it again resolves it the
     * same; else the file's modification day.
     */
    private LocalDate reference(CopyFile file, Options options, Story known) throws IOException {
        if (options.date() != null) return options.date();
        if (known != null && known.content().dateline() != null && known.content().dateline().date() != null) {
            return known.content().dateline().date();
        }
        return LocalDate.ofInstant(Files.getLastModifiedTime(file.path()).toInstant(), zone);
    }

    /** Whether two contents are the same copy, whatever section each was filed in. */
    private static boolean sameText(StoryContent a, StoryContent b) {
        return a.equals(new StoryContent(b.headline(), b.standfirst(), b.dateline(), b.blocks(), b.quotes(), b.people(),
                b.places(), b.organizations(), a.section(), b.language(), b.byline(), b.slugline(), b.urgency()));
    }
}
