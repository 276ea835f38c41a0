package dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
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
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one page of a query: sorted, after a cursor, with facet counts and highlights. The
 * first page pins its searcher; later pages use it again, so totals, facets and order stay as
 * they were (the counts are kept on that searcher, not counted again), and leave out any story
 * withdrawn since.
 */
final class PagedSearch {
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(StoryDocument.ID, SortField.Type.STRING));
    private static final Sort BY_TIME = new Sort(new SortField(StoryDocument.UPDATED, SortField.Type.LONG, true),
            new SortField(StoryDocument.ID, SortField.Type.STRING));
    private static final FacetReader.Counted NO_FACETS = new FacetReader.Counted(Map.of(), false);
    private final SearchIndex index;
    private final HitReader hits;

    private final int exactUpTo;

    PagedSearch(SearchIndex index) {
        this(index, FacetReader.EXACT_UP_TO);
    }

    /** @param exactUpTo beyond this many matches, facet counts are estimated from a sample (tests lower it) */
    PagedSearch(SearchIndex index, int exactUpTo) {
        this.index = index;
        this.hits = new HitReader(index.analyzer());
        this.exactUpTo = exactUpTo;
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
            FieldDoc after = cursor == null ? null : after(cursor, used);
            Page page = facets ? withFacets(used, filtered, sort, limit, after) : withoutFacets(used, filtered, sort, limit, after);
            List<SearchHit> found = hits.read(used, query, page.top(), highlights);
            if (used != current) found = stillPublished(current, found);
            ScoreDoc[] docs = page.top().scoreDocs;
            String next = docs.length < limit ? null : next(order, pin, asOf, docs[docs.length - 1]);
            return new SearchResults(page.counted().total(), found, page.counted().facets().values(), next,
                    page.counted().facets().estimated());
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to search", e);
        } finally {
            index.release(current);
            if (searcher != null) index.release(searcher);
        }
    }

    /** The hits of a page, and the total and facets of the whole search. */
    private record Page(TopDocs top, FacetedSearcher.Counted counted) {}

    /**
     * Ranks and counts the matches, then keeps the counts on the searcher: the later pages of the
     * search (and the same query asked again before the next write) only rank.
     */
    private Page withFacets(FacetedSearcher searcher, Query query, Sort sort, int limit, FieldDoc after) throws IOException {
        FacetedSearcher.Counted known = searcher.counted(query);
        if (known != null) return new Page(top(searcher, query, sort, limit, after), known);
        TopDocs top;
        FacetsCollector matches;
        if (sort == BY_RELEVANCE && RankingPlan.skipsWell(query)) {
            top = top(searcher, query, sort, limit, after);
            matches = searcher.search(query, new FacetsCollectorManager());
        } else {
            FacetsCollectorManager.FacetsResult result = after == null
                    ? FacetsCollectorManager.search(searcher, query, limit, sort, new FacetsCollectorManager())
                    : FacetsCollectorManager.searchAfter(searcher, after, query, limit, sort, new FacetsCollectorManager());
            top = result.topDocs();
            matches = result.facetsCollector();
        }
        long total = 0;
        for (var matching : matches.getMatchingDocs()) total += matching.totalHits;
        FacetedSearcher.Counted counted = new FacetedSearcher.Counted(total, FacetReader.counts(searcher, matches, total, exactUpTo));
        searcher.keep(query, counted);
        return new Page(top, counted);
    }

    private static Page withoutFacets(FacetedSearcher searcher, Query query, Sort sort, int limit, FieldDoc after) throws IOException {
        // Counting alone is cheap (often read from the index's statistics), so it is not kept.
        FacetedSearcher.Counted counted = new FacetedSearcher.Counted(searcher.count(query), NO_FACETS);
        return new Page(top(searcher, query, sort, limit, after), counted);
    }

    /**
     * Only the page's hits. Once it has them, Lucene may skip the stories that can no longer make
     * the page, as nothing here counts them: by time, through the points of the update time; by
     * relevance, by each term's best possible score, which pays for a word but over a conjunction
     * of words costs more than it saves (two words on a million stories: 7.1 ms skipping, 5.3 ms
     * ranking every match), so there every match is ranked.
     */
    private static TopDocs top(FacetedSearcher searcher, Query query, Sort sort, int limit, FieldDoc after) throws IOException {
        int countUpTo = sort == BY_TIME || RankingPlan.skipsWell(query) ? limit : Integer.MAX_VALUE;
        return searcher.search(query, new TopFieldCollectorManager(sort, limit, after, countUpTo));
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
