package dateline.web.api;

import dateline.formats.Json;
import dateline.formats.StoryLinks;
import dateline.search.EntityKind;
import dateline.search.EntityStories;
import dateline.search.SearchOrder;
import dateline.search.SearchResults;
import dateline.search.StorySearch;
import dateline.story.InvalidInput;
import dateline.story.StoryNotFound;
import dateline.web.pages.EntityPaths;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/** Search and entity pages as JSON. */
public final class SearchApi {
    /** Says that a response's facet counts are estimates, without changing the body's shape. */
    static final String FACET_COUNTS = "Dateline-Facet-Counts";
    private final StorySearch search;
    private final SearchJson json;

    public SearchApi(StorySearch search, StoryLinks links, ZoneId zone) {
        this.search = search;
        this.json = new SearchJson(links, zone);
    }

    /**
     * Stories matching a query, with highlights and facet counts; follow {@code next} for more.
     * A query that cannot be read is a 400 saying what is wrong. {@code total} is always exact;
     * when more than 20,000 stories match, the facet counts are estimates from an even sample of about
     * 20,000 of them, rounded to two significant figures, and the response says so in a header,
     * {@code Dateline-Facet-Counts: estimated; sample=20000} (the body keeps its shape).
     * <pre>curl -i 'http://localhost:8080/api/v1/search?q=person:%22Anatoly+Antonov%22&amp;sort=time&amp;limit=10'</pre>
     */
    public void search(Context ctx) {
        String q = ctx.queryParam("q");
        int limit = limit(ctx.queryParam("limit"));
        SearchOrder order = SearchOrder.parse(ctx.queryParam("sort"));
        SearchResults results = search.search(q, limit, ctx.queryParam("cursor"), order);
        String next = results.next() == null ? null : "/api/v1/search?q=" + encode(q == null ? "" : q) + "&limit=" + limit
                + "&sort=" + order.wireName() + "&cursor=" + results.next();
        if (results.facetsEstimated()) ctx.header(FACET_COUNTS, "estimated; sample=" + SearchResults.FACET_SAMPLE);
        ctx.contentType("application/json; charset=utf-8").result(Json.write(json.results(results, next)));
    }

    /** <pre>curl http://localhost:8080/api/v1/people/anatoly-antonov</pre> */
    public void person(Context ctx) { entity(ctx, EntityKind.PERSON, "people"); }

    /** <pre>curl http://localhost:8080/api/v1/places/washington</pre> */
    public void place(Context ctx) { entity(ctx, EntityKind.PLACE, "places"); }

    /** <pre>curl http://localhost:8080/api/v1/organisations/state-duma</pre> */
    public void organisation(Context ctx) { entity(ctx, EntityKind.ORGANISATION, "organisations"); }

    private void entity(Context ctx, EntityKind kind, String resource) {
        String slug = ctx.pathParam("slug");
        int limit = limit(ctx.queryParam("limit"));
        EntityStories entity = search.entity(kind, slug, limit, ctx.queryParam("cursor"), ctx.queryParam("saidCursor"))
                .orElseThrow(() -> new StoryNotFound("no story is about " + slug));
        String base = "/api/v1/" + resource + "/" + slug + "?limit=" + limit;
        String next = entity.stories().next() == null ? null : base + "&cursor=" + entity.stories().next();
        String saidNext = entity.saidNext() == null ? null : base + "&saidCursor=" + entity.saidNext();
        ctx.contentType("application/json; charset=utf-8")
                .result(Json.write(json.entity(entity, EntityPaths.of(kind, slug), next, saidNext)));
    }

    private static int limit(String raw) {
        if (raw == null) return 20;
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new InvalidInput("limit: a whole number from 1 to 100, got " + raw);
        }
    }

    private static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8); }
}
