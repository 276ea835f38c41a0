package dateline.web.pages;

import java.util.List;

/**
 * The All news page: the newest stories and the link to earlier ones; on an earlier page,
 * {@code latestUrl} leads back to the newest.
 */
public record AllNewsView(PageMeta meta, String heading, List<Item> items, String earlierUrl, String latestUrl) {

    public record Item(String url, String headline, String standfirst, String place, TimeView updated) {}
}
