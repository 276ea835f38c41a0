package dateline.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed of the newest stories, of all news or of one section, ready for any writer.
 *
 * @param id        a URI naming this feed for good (Atom's feed id)
 * @param publisher the agency, author of every entry that has no byline
 * @param baseUrl  the site's address, that feed and page links start with
 * @param section  the section it is of, or null for all news
 * @param updated  when its newest change was made; null while it has no entries
 */
public record NewsFeed(String id, String publisher, String title, String description, String baseUrl, String section,
                       String language, Instant updated, List<FeedEntry> entries) {

    /** The page this feed follows: All news, or its section. */
    public String homeUrl() { return baseUrl + "/" + (section == null ? "" : "?section=" + section); }

    public String url(FeedFormat format) { return baseUrl + format.path(section); }
}
