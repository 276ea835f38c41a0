/**
 * Search, derived from the change log: a Lucene index of the published stories, kept current
 * by applying the log in sequence order, and what is asked of it (searches with highlights and
 * facets, pages per person, place and organisation, related stories).
 *
 * <p>Reading map:
 * <ul>
 *   <li>{@link dateline.search.StorySearch}: the one entry the web uses; queries only.</li>
 *   <li>{@link dateline.search.SearchIndex}: opens the index under the data directory, follows
 *       the log with an {@link dateline.search.Indexer}, swaps in a rebuilt index
 *       ({@link dateline.search.Reindex}, {@link dateline.search.IndexFolder}).</li>
 *   <li>{@link dateline.search.StoryDocument}: the one mapping from a story to a Lucene document,
 *       with {@link dateline.search.SearchAnalyzer} saying how each field's text is split.</li>
 *   <li>{@link dateline.search.QueryReader}: the reader's query syntax, its errors in words, and
 *       the closest sensible search when a query cannot be read.</li>
 *   <li>{@link dateline.search.PagedSearch}: one page of a search: ranks the page (apart from
 *       counting when {@link dateline.search.RankingPlan} says ranking skips well), counts the
 *       facets ({@link dateline.search.FacetReader}: exact up to 20,000 matches, beyond that
 *       estimated from a {@link dateline.search.MatchSample}) and keeps them on the
 *       {@link dateline.search.FacetedSearcher} for the later pages.</li>
 * </ul>
 * The index owns no data: it can always be rebuilt from the store ({@code dateline reindex}).
 */
package dateline.search;
