package dateline.formats;

import dateline.story.Story;

/**
 * Where a story lives: its URI (stable across versions, {@code urn:dateline:<host>:<id>}) and
 * its page on this site.
 */
public record StoryLinks(String host, String baseUrl) {

    public String uri(Story story) { return "urn:dateline:" + host + ":" + story.id(); }

    public String page(String id, String slug) { return baseUrl + path(id, slug); }

    public static String path(String id, String slug) { return "/news/" + id + "/" + slug; }
}
