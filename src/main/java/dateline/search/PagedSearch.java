package dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one page of a query: sorted, after a cursor, with facet counts and highlights. The
 * first page pins its searcher; later pages use it again, so totals, facets and order stay as
 * they were, and leave out any story withdrawn since.
 */
final class PagedSearch {
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(StoryDocument.ID, SortField.Type.STRING));
    private static final Sort BY_TIME = new Sort(new SortField(StoryDocument.UPDATED, SortField.Type.LONG, true),
            new SortField(StoryDocument.ID, SortField.Type.STRING));
    private final SearchIndex index;
    private final HitReader hits;

    PagedSearch(SearchIndex index) {
        this.index = index;
        this.hits = new HitReader(index.analyzer());
    }

    SearchResults run(Query query, SearchOrder order, int limit, SearchCursor cursor, boolean facets, boolean highlights) {
        FacetedSearcher current = index.acquire();
        FacetedSearcher searcher = cursor == null ? null : index.pinned(cursor.searcher());
        Query filtered = query;
        if (cursor != null && searcher == null) {
            // The first page's searcher was let go: leave out what arrived after it instead.
            filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(LongPoint.newRangeQuery(StoryDocument.SEQ, 0, cursor.asOf()), BooleanClause.Occur.FILTER).build();
        }
        try {
            FacetedSearcher used = searcher == null ? current : searcher;
            long pin = cursor == null ? index.pin(current) : cursor.searcher();
            long asOf = cursor == null ? index.appliedSeq() : cursor.asOf();
            Sort sort = order == SearchOrder.TIME ? BY_TIME : BY_RELEVANCE;
            FacetsCollectorManager.FacetsResult result = cursor == null
                    ? FacetsCollectorManager.search(used, filtered, limit, sort, order == SearchOrder.RELEVANCE, new FacetsCollectorManager())
                    : FacetsCollectorManager.searchAfter(used, after(cursor, used), filtered, limit, sort,
                            order == SearchOrder.RELEVANCE, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            List<SearchHit> found = hits.read(used, query, top, highlights);
            if (used != current) found = stillPublished(current, found);
            long total = 0;
            for (var matching : result.facetsCollector().getMatchingDocs()) total += matching.totalHits;
            Map<String, List<SearchResults.FacetValue>> counts = facets ? FacetReader.counts(used, result.facetsCollector()) : Map.of();
            String next = top.scoreDocs.length < limit ? null : next(order, pin, asOf, top.scoreDocs[top.scoreDocs.length - 1]);
            return new SearchResults(total, found, counts, next);
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to search", e);
        } finally {
            index.release(current);
            if (searcher != null) index.release(searcher);
        }
    }

    private static FieldDoc after(SearchCursor cursor, FacetedSearcher searcher) {
        Object first = cursor.order() == SearchOrder.TIME ? (Object) cursor.value() : (Object) Float.intBitsToFloat((int) cursor.value());
        // Past every document with the same values: ids are unique, so only the cursor's own story ties.
        int lastDoc = Math.max(0, searcher.getIndexReader().maxDoc() - 1);
        return new FieldDoc(lastDoc, Float.NaN, new Object[] {first, new BytesRef(cursor.id())});
    }

    private static String next(SearchOrder order, long pin, long asOf, ScoreDoc last) {
        FieldDoc doc = (FieldDoc) last;
        long value = order == SearchOrder.TIME ? (Long) doc.fields[0] : Float.floatToIntBits((Float) doc.fields[0]);
        String id = ((BytesRef) doc.fields[1]).utf8ToString();
        return new SearchCursor(order, pin, asOf, value, id).encode();
    }

    /** The hits of a pinned searcher that the current one still has (none withdrawn meanwhile). */
    private static List<SearchHit> stillPublished(FacetedSearcher current, List<SearchHit> found) throws IOException {
        List<SearchHit> kept = new ArrayList<>(found.size());
        for (SearchHit hit : found) {
            if (current.count(new TermQuery(new Term(StoryDocument.ID, hit.id()))) > 0) kept.add(hit);
        }
        return kept;
    }
}
