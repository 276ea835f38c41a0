package dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of one process, kept current from the change log: on {@link #open} it
 * catches up from the sequence its last commit recorded, then follows the log's head, applying
 * each write within moments (at once when {@link #wake} is told of it). When a rebuild
 * ({@code dateline reindex}) makes another folder current, it swaps to that one between two
 * batches; searches in flight finish on the old one.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final long COMMIT_MILLIS = 1000;
    private final IndexFolder folder;
    private final StorySource source;
    private final LongSupplier head;
    private final StoryDocument documents;
    private final Analyzer analyzer = SearchAnalyzer.create();
    private final SearcherLifetimeManager pinned = new SearcherLifetimeManager();
    private final Object progress = new Object();
    private volatile LiveIndex live;
    /** The last sequence searches see: applied and refreshed. */
    private volatile long visible;
    private volatile boolean running;
    private Thread follower;

    /**
     * @param head the log's head as this process knows it (writes here at once, other processes' by polling)
     */
    public SearchIndex(Path dataDir, ZoneId zone, StorySource source, LongSupplier head) {
        this.folder = new IndexFolder(dataDir);
        this.source = source;
        this.head = head;
        this.documents = new StoryDocument(zone);
    }

    /** Opens the current index and starts following the log. */
    public synchronized SearchIndex open() {
        if (running) return this;
        live = LiveIndex.open(folder.current(), analyzer, source, documents);
        visible = live.indexer.applied();
        folder.deleteUnused();
        running = true;
        follower = new Thread(this::follow, "search-indexer");
        follower.setDaemon(true);
        follower.start();
        return this;
    }

    /** Tells the indexer the log has moved, so it applies the write now rather than at its next look. */
    public void wake() {
        synchronized (progress) { progress.notifyAll(); }
    }

    /** The last sequence the searches see. */
    public long appliedSeq() {
        return visible;
    }

    /**
     * Waits (at most {@code millis}) until searches see the log up to {@code seq}: a reader who
     * just withdrew a story never finds it again. Returns whether it got there.
     */
    public boolean awaitApplied(long seq, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (progress) {
            while (appliedSeq() < seq) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !running) return false;
                progress.notifyAll();
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    Analyzer analyzer() { return analyzer; }

    StoryDocument documents() { return documents; }

    /** A searcher over what is applied; give it back with {@link #release}. */
    FacetedSearcher acquire() {
        LiveIndex current = live;
        if (current == null) throw new IllegalStateException("search: the index is not open");
        try {
            return (FacetedSearcher) current.searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to open a searcher", e);
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            // Swapped for a rebuilt index between reading it and asking it: ask the new one.
            if (live != current && live != null) return acquire();
            throw new IllegalStateException("search: the index is closed", e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searcher.getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to release a searcher", e);
        }
    }

    /** Keeps a searcher for the later pages of a search; the number finds it again. */
    long pin(IndexSearcher searcher) {
        try {
            return pinned.record(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to keep a searcher", e);
        }
    }

    /** The searcher pinned as {@code version}, or null when it has been let go; release it after. */
    FacetedSearcher pinned(long version) {
        return (FacetedSearcher) pinned.acquire(version);
    }

    private void follow() {
        long lastCommit = System.nanoTime();
        while (running) {
            try {
                swapIfRebuilt();
                LiveIndex current = live;
                int applied = current.indexer.applyNext();
                if (applied > 0) {
                    current.refresh();
                    visible = current.indexer.applied();
                    synchronized (progress) { progress.notifyAll(); }
                }
                if (System.nanoTime() - lastCommit > TimeUnit.MILLISECONDS.toNanos(COMMIT_MILLIS)) {
                    current.indexer.commit();
                    pinned.prune(new SearcherLifetimeManager.PruneByAge(600));
                    lastCommit = System.nanoTime();
                }
                if (applied == 0) idle();
            } catch (RuntimeException | IOException e) {
                LOG.warn("search: indexing stopped for a moment: {}", e.getMessage());
                pause(1000);
            }
        }
    }

    /** Sleeps until woken or the head moves, and at most a tenth of a second. */
    private void idle() {
        synchronized (progress) {
            if (head.getAsLong() > appliedSeq()) return;
            try {
                progress.wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void swapIfRebuilt() {
        Path wanted = folder.current();
        LiveIndex old = live;
        if (wanted.equals(old.path)) return;
        LOG.info("search: switching to the rebuilt index {}", wanted);
        LiveIndex rebuilt = LiveIndex.open(wanted, analyzer, source, documents);
        rebuilt.indexer.catchUp(seq -> { });
        rebuilt.refresh();
        // Searches keep the old index until this line; those in flight finish on it.
        live = rebuilt;
        visible = rebuilt.indexer.applied();
        old.close();
        folder.deleteUnused();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        wake();
        if (follower != null) {
            try {
                follower.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            pinned.close();
        } catch (IOException e) {
            LOG.warn("search: unable to let go of kept searchers: {}", e.getMessage());
        }
        if (live != null) live.close();
        live = null;
    }
}
