package dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * Stories like a given one: Lucene's MoreLikeThis over its words and its people, places and
 * organisations (each name one term, so sharing a person counts as much as sharing a rare word).
 * Only published stories are in the index, so a withdrawn one is never offered.
 */
final class RelatedStories {
    private static final String[] LIKE = {StoryDocument.HEADLINE, StoryDocument.STANDFIRST, StoryDocument.BODY,
            StoryDocument.PERSON, StoryDocument.PLACE, StoryDocument.ORG};
    private final SearchIndex index;
    private final HitReader hits;

    RelatedStories(SearchIndex index) {
        this.index = index;
        this.hits = new HitReader(index.analyzer());
    }

    List<SearchHit> like(String id, int count) {
        FacetedSearcher searcher = index.acquire();
        try {
            TopDocs self = searcher.search(StorySearch.idQuery(id), 1);
            if (self.scoreDocs.length == 0) return List.of();
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(LIKE);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            // A word in more than a tenth of a large archive says nothing about what a story is about;
            // a small one (a new site) keeps every word.
            mlt.setMaxDocFreq(Math.max(searcher.getIndexReader().numDocs() / 10, 50));
            Query like = mlt.like(self.scoreDocs[0].doc);
            Query others = new BooleanQuery.Builder().add(like, BooleanClause.Occur.SHOULD)
                    .add(StorySearch.idQuery(id), BooleanClause.Occur.MUST_NOT).build();
            return hits.read(searcher, others, searcher.search(others, count), false);
        } catch (IOException e) {
            throw new UncheckedIOException("search: unable to find stories related to " + id, e);
        } finally {
            index.release(searcher);
        }
    }
}
