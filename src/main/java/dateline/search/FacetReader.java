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

/**
 * Counts the matching stories by person, place, organisation, section and month: exactly when
 * they are at most {@link #EXACT_UP_TO}, and beyond that estimated from an even sample of that
 * many ({@link MatchSample}), scaled up and rounded to two significant figures so that no
 * estimate looks like a count.
 */
final class FacetReader {
    static final List<String> DIMENSIONS = List.of(StoryDocument.PEOPLE, StoryDocument.PLACES,
            StoryDocument.ORGANISATIONS, StoryDocument.SECTION, StoryDocument.MONTH);
    private static final int TOP = 10;
    /**
     * Counting reads every match's facet values, the largest part of a broad search: the 114,000
     * matches of a word among a million stories took 5.0 ms, a sample of 20,000 of them 1.5 ms
     * (MatchSample). Were the sample's stories drawn independently, a value held by 10% of the
     * matches would be estimated within about 4% (95% of the time), one held by 1% within about
     * 14%; the sample takes runs of consecutive stories, which widens that for a name whose
     * stories come in bursts. Enough to rank the values and narrow by them; the total stays exact.
     */
    static final int EXACT_UP_TO = 20_000;

    private FacetReader() {}

    /** The counts of one search, and whether they are estimates from a sample. */
    record Counted(Map<String, List<SearchResults.FacetValue>> values, boolean estimated) {}

    /** Exact counts up to {@code exactUpTo} matches; beyond, estimates from a sample of that many. */
    static Counted counts(FacetedSearcher searcher, FacetsCollector matches, long total, int exactUpTo) throws IOException {
        Map<String, List<SearchResults.FacetValue>> counts = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> counts.put(d, List.of()));
        SortedSetDocValuesReaderState state = searcher.facetState();
        if (state == null || total == 0) return new Counted(counts, false);
        boolean estimated = total > exactUpTo;
        MatchSample.Sample sample = estimated ? MatchSample.of(matches, total, exactUpTo) : null;
        double scale = estimated ? total / (double) sample.size() : 1;
        SortedSetDocValuesFacetCounts facets = new SortedSetDocValuesFacetCounts(state, estimated ? sample.matches() : matches);
        for (String dimension : DIMENSIONS) {
            FacetResult result = top(facets, dimension);
            if (result == null) continue;
            List<SearchResults.FacetValue> values = new ArrayList<>();
            for (LabelAndValue lv : result.labelValues) {
                int count = estimated ? estimate(lv.value.intValue() * scale) : lv.value.intValue();
                values.add(new SearchResults.FacetValue(lv.label, count));
            }
            counts.put(dimension, List.copyOf(values));
        }
        return new Counted(counts, estimated);
    }

    /** Rounded to two significant figures (1,234.5 is 1,200; 87.2 is 87), and never below one. */
    static int estimate(double scaled) {
        if (scaled < 1) return 1;
        double unit = Math.pow(10, Math.max(0, Math.floor(Math.log10(scaled)) - 1));
        return (int) (Math.round(scaled / unit) * unit);
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
