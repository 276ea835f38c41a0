package dateline.search;

import java.util.List;
import java.util.Map;

/**
 * A page of a search.
 *
 * @param total           how many stories match in all (always exact)
 * @param facets          counts of the matching stories by dimension ({@code people}, {@code places},
 *                        {@code organisations}, {@code section}, {@code month}), largest first
 * @param next            the cursor of the next page, or null on the last
 * @param facetsEstimated whether the facet counts are estimates from a sample of the matches,
 *                        rounded to two significant figures: so when more than
 *                        {@value #FACET_SAMPLE} stories match; exact otherwise
 */
public record SearchResults(long total, List<SearchHit> items, Map<String, List<FacetValue>> facets, String next,
                            boolean facetsEstimated) {

    /** How many of the matches estimated facet counts are read from. */
    public static final int FACET_SAMPLE = FacetReader.EXACT_UP_TO;

    public record FacetValue(String value, int count) {}
}
