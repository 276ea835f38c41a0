package dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One open index folder: its writer, the indexer that feeds it, and the searchers over it,
 * refreshed to see what was applied without waiting for a commit.
 */
final class LiveIndex implements AutoCloseable {
    final Path path;
    final IndexWriter writer;
    final Indexer indexer;
    final SearcherManager searchers;
    private final Directory directory;

    private LiveIndex(Path path, Directory directory, IndexWriter writer, Indexer indexer, SearcherManager searchers) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.indexer = indexer;
        this.searchers = searchers;
    }

    static LiveIndex open(Path path, Analyzer analyzer, StorySource source, StoryDocument documents) {
        try {
            Directory directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Large batches of a rebuild or a catch-up flush less often, into fewer segments.
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(directory, config);
            Indexer indexer = new Indexer(writer, source, documents);
            SearcherManager searchers = new SearcherManager(writer, new FacetedSearcher.Factory());
            return new LiveIndex(path, directory, writer, indexer, searchers);
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to open the index in " + path, e);
        }
    }

    /** Makes what was applied visible to the next search. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to refresh the index in " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            indexer.commit();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to close the index in " + path, e);
        }
    }

    /** Closes without committing, as a crash would leave it: for tests of recovery. */
    void crash() throws IOException {
        searchers.close();
        writer.rollback();
        directory.close();
    }
}
