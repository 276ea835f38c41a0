package dateline.search;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinals of its reader. Building them reads every segment's
 * facet values, so it is done once per refreshed reader, on the first search that needs them,
 * not per query. It also keeps the totals and facet counts of its latest queries: a reader
 * never changes, so they stay right for as long as the searcher serves (the later pages of a
 * search, which run on the first page's searcher; a query many readers ask between two writes).
 */
final class FacetedSearcher extends IndexSearcher {
    private static final int COUNTED_QUERIES = 256;
    private volatile SortedSetDocValuesReaderState facetState;
    private final Map<Query, Counted> counted = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Counted> eldest) {
            return size() > COUNTED_QUERIES;
        }
    });

    /** What counting a query's matches found: their number and their facets. */
    record Counted(long total, FacetReader.Counted facets) {}

    FacetedSearcher(IndexReader reader) {
        super(reader);
    }

    /** The facet ordinals, or null while no story has any. */
    SortedSetDocValuesReaderState facetState() throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state != null) return state;
        synchronized (this) {
            if (facetState == null) {
                try {
                    facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), StoryDocument.facetsConfig());
                } catch (IllegalArgumentException e) {
                    // An empty index has no facet values yet.
                    return null;
                }
            }
            return facetState;
        }
    }

    /** The total and facets of {@code query} on this searcher, when counted before; or null. */
    Counted counted(Query query) {
        return counted.get(query);
    }

    void keep(Query query, Counted counts) {
        counted.put(query, counts);
    }

    /** Makes these searchers for a SearcherManager. */
    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new FacetedSearcher(reader);
        }
    }
}
