package dateline.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.formats.Json;
import dateline.formats.StoryLinks;
import dateline.search.EntityStories;
import dateline.search.SearchHit;
import dateline.search.SearchResults;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The search API's JSON: {@code {"total","items":[...],"facets":{...},"next"}} and an entity's page. */
final class SearchJson {
    private final StoryLinks links;
    private final ZoneId zone;

    SearchJson(StoryLinks links, ZoneId zone) {
        this.links = links;
        this.zone = zone;
    }

    ObjectNode results(SearchResults results, String nextUrl) {
        ObjectNode page = Json.object();
        page.put("total", results.total());
        ArrayNode items = page.putArray("items");
        results.items().forEach(hit -> items.add(hit(hit)));
        ObjectNode facets = page.putObject("facets");
        for (Map.Entry<String, List<SearchResults.FacetValue>> dimension : results.facets().entrySet()) {
            ArrayNode values = facets.putArray(dimension.getKey());
            dimension.getValue().forEach(v -> values.addObject().put("value", v.value()).put("count", v.count()));
        }
        page.put("next", nextUrl);
        return page;
    }

    ObjectNode entity(EntityStories entity, String pageUrl, String nextUrl, String saidNextUrl) {
        ObjectNode page = Json.object();
        page.put("kind", entity.kind().name().toLowerCase(java.util.Locale.ROOT));
        page.put("name", entity.name());
        page.put("slug", entity.slug());
        page.put("url", links.baseUrl() + pageUrl);
        page.put("total", entity.stories().total());
        ArrayNode items = page.putArray("items");
        entity.stories().items().forEach(hit -> items.add(hit(hit)));
        page.put("next", nextUrl);
        if (entity.kind() == dateline.search.EntityKind.PERSON) {
            ArrayNode said = page.putArray("said");
            for (EntityStories.SaidQuote q : entity.said()) {
                ObjectNode quote = said.addObject().put("text", q.text());
                quote.putObject("story").put("id", q.storyId()).put("headline", q.headline())
                        .put("url", links.page(q.storyId(), q.storySlug()));
                quote.put("updated", time(q.updated()));
            }
            page.put("saidNext", saidNextUrl);
        }
        return page;
    }

    private ObjectNode hit(SearchHit hit) {
        ObjectNode item = Json.object();
        item.put("id", hit.id());
        item.put("headline", hit.headline());
        item.put("standfirst", hit.standfirst());
        item.put("url", links.page(hit.id(), hit.slug()));
        item.put("updated", time(hit.updated()));
        ArrayNode highlights = item.putArray("highlights");
        hit.highlights().forEach(highlights::add);
        return item;
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
