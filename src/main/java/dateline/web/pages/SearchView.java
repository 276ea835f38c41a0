package dateline.web.pages;

import java.util.List;

/**
 * The search page: the form, what was searched (and, when the reader's query could not be read,
 * why and what ran instead), the hits, facets that narrow the search (their counts estimated,
 * and said to be, when {@code facetSample} is not null), and the next page.
 */
public record SearchView(PageMeta meta, String query, boolean byTime, String notice, Long total, List<Hit> hits,
                         List<Facet> facets, String relevanceUrl, String timeUrl, String nextUrl,
                         FacetSample facetSample) {

    /** One story found; {@code escapedHtml} fragments are escaped text with {@code <mark>} around matches. */
    public record Hit(String url, String headline, String standfirst, TimeView updated, List<Fragment> fragments) {}

    /** A highlighted fragment: escaped by the highlighter, so only its marks are markup. */
    public record Fragment(String escapedHtml) {}

    /** One dimension's values, each a link to the search narrowed to it. */
    public record Facet(String title, List<FacetLink> values) {}

    public record FacetLink(String label, int count, String url) {}

    /** When the facet counts are estimates: from how many of how many matching stories. */
    public record FacetSample(int sample, long matches) {}
}
