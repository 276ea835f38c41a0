package dateline.web.pages;

import dateline.formats.StoryLinks;
import dateline.search.SearchOrder;
import dateline.search.SearchResults;
import dateline.search.StorySearch;
import dateline.story.StoryService;
import dateline.web.Site;
import dateline.web.Templates;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The search page at {@code /search?q=}: a query the reader typed, never an error page for a bad one. */
public final class SearchPage {
    static final int PAGE_SIZE = 20;
    private static final Map<String, String> TITLES = Map.of("people", "People", "places", "Places",
            "organisations", "Organisations", "section", "Sections", "month", "Months");
    private final StorySearch search;
    private final StoryService stories;
    private final Site site;
    private final Templates templates;

    public SearchPage(StorySearch search, StoryService stories, Site site, Templates templates) {
        this.search = search;
        this.stories = stories;
        this.site = site;
        this.templates = templates;
    }

    public void show(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        SearchOrder order = SearchOrder.parse(ctx.queryParam("sort"));
        String cursor = ctx.queryParam("cursor");
        StorySearch.ReaderSearch found = q.isEmpty() ? new StorySearch.ReaderSearch("", null, null)
                : search.searchForReader(q, PAGE_SIZE, cursor, order);
        PageMeta meta = site.meta(q.isEmpty() ? "Search" : "Search: " + q, "Search the stories of " + site.name(),
                null, null, stories.sections());
        ctx.contentType("text/html; charset=utf-8").result(templates.render("search.jte", view(meta, found, order)));
    }

    private SearchView view(PageMeta meta, StorySearch.ReaderSearch found, SearchOrder order) {
        SearchResults results = found.results();
        String q = found.query();
        if (results == null) return new SearchView(meta, q, false, found.notice(), null, List.of(), List.of(), null, null, null, null);
        List<SearchView.Hit> hits = results.items().stream().map(h -> new SearchView.Hit(StoryLinks.path(h.id(), h.slug()),
                h.headline(), h.standfirst(), site.time(h.updated()),
                h.highlights().stream().map(SearchView.Fragment::new).toList())).toList();
        List<SearchView.Facet> facets = new ArrayList<>();
        results.facets().forEach((dimension, values) -> {
            if (values.isEmpty()) return;
            facets.add(new SearchView.Facet(TITLES.getOrDefault(dimension, dimension), values.stream()
                    .map(v -> new SearchView.FacetLink(v.value(), v.count(), url(StorySearch.narrow(q, dimension, v.value()), order)))
                    .toList()));
        });
        String next = results.next() == null ? null : url(q, order) + "&cursor=" + results.next();
        return new SearchView(meta, q, order == SearchOrder.TIME, found.notice(), results.total(), hits, facets,
                url(q, SearchOrder.RELEVANCE), url(q, SearchOrder.TIME), next,
                results.facetsEstimated() ? new SearchView.FacetSample(SearchResults.FACET_SAMPLE, results.total()) : null);
    }

    private static String url(String q, SearchOrder order) {
        return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (order == SearchOrder.TIME ? "&sort=time" : "");
    }
}
