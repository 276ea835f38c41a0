package dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.index.IndexWriter;

/**
 * Where the index lives: {@code DATA/search/index-N} folders, and a file {@code current} naming
 * the one in use. A rebuild writes a new folder beside the old and then replaces
 * {@code current} in one rename, so a running server that sees the name change swaps to it.
 */
final class IndexFolder {
    private final Path root;

    IndexFolder(Path dataDir) {
        this.root = dataDir.resolve("search");
    }

    /** The folder in use, created (empty) on first use. */
    synchronized Path current() {
        try {
            Path pointer = root.resolve("current");
            if (Files.exists(pointer)) return root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
            Path first = fresh();
            point(first);
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to read " + root.resolve("current"), e);
        }
    }

    /** A new, empty folder beside the current one, for a rebuild. */
    Path fresh() {
        try {
            Files.createDirectories(root);
            return Files.createDirectory(root.resolve("index-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000));
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to create an index folder in " + root, e);
        }
    }

    /** Makes {@code folder} the current index, atomically. */
    synchronized void point(Path folder) {
        try {
            Files.createDirectories(root);
            Path temp = root.resolve("current.tmp");
            Files.writeString(temp, folder.getFileName().toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, root.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, root.resolve("current"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to switch the index to " + folder, e);
        }
    }

    /**
     * Deletes every index folder but the current one that no process has open for writing (a
     * running server keeps its old index until it has swapped; a rebuild in progress keeps its new one).
     */
    void deleteUnused() {
        Path keep = current();
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(p -> p.getFileName().toString().startsWith("index-") && !p.equals(keep))
                    .forEach(IndexFolder::deleteIfUnlocked);
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to list " + root, e);
        }
    }

    private static void deleteIfUnlocked(Path folder) {
        try (Directory dir = FSDirectory.open(folder); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
        } catch (LockObtainFailedException e) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to check " + folder, e);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to delete " + folder, e);
        }
    }
}
