package dateline.search;

import static dateline.search.NewsStories.story;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.ChangeKind;
import dateline.story.Status;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts: exact for narrow searches, estimated (and said to be) for broad ones, kept for later pages. */
class FacetCountsTest {
    private static final int STORIES = 600;
    /** The threshold lowered from 20,000, so that 600 stories make a broad search. */
    private static final int EXACT_UP_TO = 150;
    @TempDir Path data;

    /** 600 stories: a third in world, the rest in politics; every fifth in Bergen, the rest in Oslo. */
    private SearchIndexTest.FakeLog archive() {
        SearchIndexTest.FakeLog log = new SearchIndexTest.FakeLog();
        for (int i = 0; i < STORIES; i++) {
            var content = story("Harbour story " + i, i % 3 == 0 ? "world" : "politics", "Ferries and the harbour, " + i + ".")
                    .in(i % 5 == 0 ? "Bergen" : "Oslo").content();
            log.write(String.format("%026d", i), content, Status.PUBLISHED, ChangeKind.PUBLISHED);
        }
        return log;
    }

    private static int count(SearchResults results, String dimension, String value) {
        return results.facets().get(dimension).stream().filter(v -> v.value().equals(value))
                .mapToInt(SearchResults.FacetValue::count).findFirst().orElse(0);
    }

    @Test
    void aBroadSearchEstimatesItsFacetCountsFromASampleAndSaysSoWhileItsTotalStaysExact() {
        SearchIndexTest.FakeLog log = archive();
        try (SearchIndex index = new SearchIndex(data, ZoneId.of("UTC"), log, log::headSeq).open()) {
            index.awaitApplied(log.headSeq(), 10_000);

            SearchResults results = new PagedSearch(index, EXACT_UP_TO).run(new MatchAllDocsQuery(), SearchOrder.TIME, 10, null, true, false);

            assertThat(results.total()).isEqualTo(STORIES);
            assertThat(results.facetsEstimated()).isTrue();
            assertThat(count(results, StoryDocument.SECTION, "politics")).isBetween(360, 440);
            assertThat(count(results, StoryDocument.SECTION, "world")).isBetween(180, 220);
            assertThat(count(results, StoryDocument.PLACES, "Bergen")).isBetween(100, 140);
            assertThat(results.facets().get(StoryDocument.SECTION)).allSatisfy(v -> assertThat(v.count() % 10).as("two significant figures").isZero());
        }
    }

    @Test
    void aNarrowSearchCountsExactly() {
        SearchIndexTest.FakeLog log = archive();
        try (SearchIndex index = new SearchIndex(data, ZoneId.of("UTC"), log, log::headSeq).open()) {
            index.awaitApplied(log.headSeq(), 10_000);
            Query bergen = new TermQuery(new Term(StoryDocument.PLACE, "bergen"));

            SearchResults results = new PagedSearch(index, EXACT_UP_TO).run(bergen, SearchOrder.TIME, 10, null, true, false);

            assertThat(results.total()).isEqualTo(120);
            assertThat(results.facetsEstimated()).isFalse();
            // Every fifth story is in Bergen; of those, every third (i divisible by 15) in world.
            assertThat(count(results, StoryDocument.SECTION, "world")).isEqualTo(40);
            assertThat(count(results, StoryDocument.SECTION, "politics")).isEqualTo(80);
        }
    }

    @Test
    void theLaterPagesOfASearchShowTheFirstPagesTotalAndFacetsAndNoStoryTwice() {
        SearchIndexTest.FakeLog log = archive();
        try (SearchIndex index = new SearchIndex(data, ZoneId.of("UTC"), log, log::headSeq).open()) {
            index.awaitApplied(log.headSeq(), 10_000);
            PagedSearch paged = new PagedSearch(index, EXACT_UP_TO);
            Query oslo = new TermQuery(new Term(StoryDocument.PLACE, "oslo"));

            SearchResults first = paged.run(oslo, SearchOrder.RELEVANCE, 50, null, true, false);
            SearchResults second = paged.run(oslo, SearchOrder.RELEVANCE, 50, SearchCursor.decode(first.next(), SearchOrder.RELEVANCE), true, false);

            assertThat(second.total()).isEqualTo(first.total()).isEqualTo(480);
            assertThat(second.facets()).isEqualTo(first.facets());
            assertThat(second.facetsEstimated()).isEqualTo(first.facetsEstimated()).isTrue();
            List<String> ids = new java.util.ArrayList<>(first.items().stream().map(SearchHit::id).toList());
            second.items().forEach(hit -> assertThat(ids).doesNotContain(hit.id()));
        }
    }

    @Test
    void anEstimateKeepsTwoSignificantFigures() {
        assertThat(Map.of(1234.5, FacetReader.estimate(1234.5), 87.2, FacetReader.estimate(87.2), 0.4, FacetReader.estimate(0.4),
                9_951.0, FacetReader.estimate(9_951.0), 150.0, FacetReader.estimate(150.0)))
                .isEqualTo(Map.of(1234.5, 1200, 87.2, 87, 0.4, 1, 9_951.0, 10_000, 150.0, 150));
    }
}
