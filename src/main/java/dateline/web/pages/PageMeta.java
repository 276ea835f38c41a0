package dateline.web.pages;

import dateline.feed.FeedFormat;
import java.util.Arrays;
import java.util.List;

/**
 * What the layout needs of any page: its title, description, canonical link and navigation.
 *
 * @param feedSection the section whose feeds the page announces, or null for All news'
 */
public record PageMeta(String siteName, String title, String description, String canonical,
                       String jsonLdScriptSafe, String language, List<String> sections, String feedSection) {

    /** A feed a page announces to readers' apps and browsers ({@code <link rel="alternate">}). */
    public record FeedLink(String type, String title, String href) {}

    /** This page's meta, announcing the feeds of {@code section} instead. */
    public PageMeta withFeedsOf(String section) {
        return new PageMeta(siteName, title, description, canonical, jsonLdScriptSafe, language, sections, section);
    }

    public List<FeedLink> feeds() {
        String of = feedSection == null ? "All news" : feedSection;
        return Arrays.stream(FeedFormat.values()).map(f -> new FeedLink(f.mediaType(),
                siteName + ": " + of + " (" + label(f) + ")", f.path(feedSection))).toList();
    }

    private static String label(FeedFormat format) {
        return switch (format) {
            case RSS -> "RSS";
            case ATOM -> "Atom";
            case JSON -> "JSON Feed";
        };
    }
}
