package dateline.search;

import dateline.story.InvalidInput;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What readers and clients ask of the index: searches, entity pages, related stories. Every
 * question first lets the index catch up with writes this process knows of (briefly: a reader
 * who just withdrew a story never finds it again), and reads only published stories.
 */
public final class StorySearch {
    /** Beyond this lag (a rebuild, a large import) searches answer from what is indexed rather than wait. */
    private static final long WAIT_FOR_AT_MOST = 10_000;
    private final SearchIndex index;
    private final LongSupplier head;
    private final QueryReader reader;
    private final PagedSearch paged;
    private final EntityReader entities;
    private final RelatedStories related;

    public StorySearch(SearchIndex index, LongSupplier head, ZoneId zone) {
        this.index = index;
        this.head = head;
        this.reader = new QueryReader(index.analyzer(), zone);
        this.paged = new PagedSearch(index);
        this.entities = new EntityReader(index, paged);
        this.related = new RelatedStories(index);
    }

    /**
     * A search as a client asks it: a query that cannot be read is an {@link InvalidInput} saying
     * why. No query at all is every story, newest first (no story is more relevant than another).
     */
    public SearchResults search(String q, int limit, String cursor, SearchOrder order) {
        checkLimit(limit);
        Query query = reader.read(q);
        if (q == null || q.isBlank()) order = SearchOrder.TIME;
        SearchCursor after = cursor == null ? null : SearchCursor.decode(cursor, order);
        fresh();
        return paged.run(query, order, limit, after, true, true);
    }

    /**
     * A search as a reader types it: when the query cannot be read, the closest one that can
     * is run instead, with a notice saying what was wrong.
     */
    public ReaderSearch searchForReader(String q, int limit, String cursor, SearchOrder order) {
        try {
            return new ReaderSearch(q, null, search(q, limit, cursor, order));
        } catch (InvalidInput problem) {
            if (!problem.getMessage().startsWith("q: ")) throw problem;
            String repaired = QueryRepair.repair(q, this::readable);
            String notice = problem.getMessage().substring(3);
            if (repaired.isBlank()) return new ReaderSearch("", notice, null);
            return new ReaderSearch(repaired, notice, search(repaired, limit, null, order));
        }
    }

    /** A reader's search and, when theirs could not be read, what ran instead and why. */
    public record ReaderSearch(String query, String notice, SearchResults results) {}

    /** The query narrowed to one facet value, as a facet link sets it. */
    public static String narrow(String q, String dimension, String value) {
        String clause = Narrowing.clause(dimension, value);
        return q == null || q.isBlank() ? clause : q.strip() + " " + clause;
    }

    /** A person's, place's or organisation's stories, newest first, and what a person said. */
    public Optional<EntityStories> entity(EntityKind kind, String slug, int limit, String cursor, String saidCursor) {
        checkLimit(limit);
        fresh();
        return entities.read(kind, slug, limit, cursor == null ? null : SearchCursor.decode(cursor, SearchOrder.TIME),
                saidCursor == null ? null : SearchCursor.decode(saidCursor, SearchOrder.TIME));
    }

    /** Up to {@code count} published stories most like this one, never itself. */
    public List<SearchHit> related(String id, int count) {
        fresh();
        return related.like(id, count);
    }

    private boolean readable(String q) {
        try {
            reader.read(q);
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }

    private void fresh() {
        long known = head.getAsLong();
        if (known - index.appliedSeq() <= WAIT_FOR_AT_MOST) index.awaitApplied(known, 2000);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 100) throw new InvalidInput("limit: from 1 to 100, got " + limit);
    }

    static Query idQuery(String id) { return new TermQuery(new Term(StoryDocument.ID, id)); }
}
