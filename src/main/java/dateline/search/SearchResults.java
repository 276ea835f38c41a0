package dateline.search;

import java.util.List;
import java.util.Map;

/**
 * A page of a search.
 *
 * @param total  how many stories match in all
 * @param facets counts of the matching stories by dimension ({@code people}, {@code places},
 *               {@code organisations}, {@code section}, {@code month}), largest first
 * @param next   the cursor of the next page, or null on the last
 */
public record SearchResults(long total, List<SearchHit> items, Map<String, List<FacetValue>> facets, String next) {

    public record FacetValue(String value, int count) {}
}
