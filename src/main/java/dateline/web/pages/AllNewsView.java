package dateline.web.pages;

import java.util.List;

/**
 * The All news page: the newest stories and the link to earlier ones; on an earlier page,
 * {@code latestUrl} leads back to the newest. {@code liveStream}, on the first page only, is the
 * public headline stream its script listens to; null on an earlier page, which stays as it is.
 */
public record AllNewsView(PageMeta meta, String heading, List<Item> items, String earlierUrl, String latestUrl,
                          String liveStream) {

    public record Item(String url, String headline, String standfirst, String place, TimeView updated) {}
}
