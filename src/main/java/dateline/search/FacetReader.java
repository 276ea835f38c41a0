package dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Counts the matching stories by person, place, organisation, section and month. */
final class FacetReader {
    static final List<String> DIMENSIONS = List.of(StoryDocument.PEOPLE, StoryDocument.PLACES,
            StoryDocument.ORGANISATIONS, StoryDocument.SECTION, StoryDocument.MONTH);
    private static final int TOP = 10;

    private FacetReader() {}

    static Map<String, List<SearchResults.FacetValue>> counts(FacetedSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, List<SearchResults.FacetValue>> counts = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> counts.put(d, List.of()));
        SortedSetDocValuesReaderState state = searcher.facetState();
        if (state == null) return counts;
        SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : DIMENSIONS) {
            FacetResult result = top(facets, dimension);
            if (result == null) continue;
            List<SearchResults.FacetValue> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) values.add(new SearchResults.FacetValue(lv.label, lv.value.intValue()));
            counts.put(dimension, List.copyOf(values));
        }
        return counts;
    }

    private static FacetResult top(SortedSetDocValuesFacetCounts facets, String dimension) throws IOException {
        try {
            return facets.getTopChildren(TOP, dimension);
        } catch (IllegalArgumentException e) {
            // No story in the index has this dimension yet.
            return null;
        }
    }
}
