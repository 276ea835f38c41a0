package dateline.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinals of its reader. Building them reads every segment's
 * facet values, so it is done once per refreshed reader, on the first search that needs them,
 * not per query.
 */
final class FacetedSearcher extends IndexSearcher {
    private volatile SortedSetDocValuesReaderState facetState;

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

    /** Makes these searchers for a SearcherManager. */
    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new FacetedSearcher(reader);
        }
    }
}
