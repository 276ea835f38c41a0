package dateline.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dateline.formats.Json;

/**
 * A feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Rome writes no JSON Feed, and
 * the format is small: Jackson, with the field names of the specification.
 */
final class JsonFeedWriter {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {}

    static String write(NewsFeed feed) {
        ObjectNode json = Json.object();
        json.put("version", VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", feed.homeUrl());
        json.put("feed_url", feed.url(FeedFormat.JSON));
        json.put("description", feed.description());
        json.put("language", feed.language());
        json.putArray("authors").addObject().put("name", feed.publisher());
        ArrayNode items = json.putArray("items");
        for (FeedEntry entry : feed.entries()) items.add(item(entry));
        return Json.write(json);
    }

    private static ObjectNode item(FeedEntry entry) {
        ObjectNode item = Json.object();
        item.put("id", entry.id());
        item.put("url", entry.url());
        item.put("title", entry.headline());
        // An item must have content; a story's is its standfirst here, the page has the rest.
        item.put("content_text", entry.summary() == null ? entry.headline() : entry.summary());
        if (entry.summary() != null) item.put("summary", entry.summary());
        item.put("date_published", entry.published().toString());
        item.put("date_modified", entry.updated().toString());
        if (entry.author() != null) item.putArray("authors").addObject().put("name", entry.author());
        if (entry.section() != null) item.putArray("tags").add(entry.section());
        item.put("language", entry.language());
        return item;
    }
}
