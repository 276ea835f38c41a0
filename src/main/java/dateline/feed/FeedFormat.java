package dateline.feed;

/** The feed formats readers subscribe to, each at {@code /feed.<extension>}. */
public enum FeedFormat {
    RSS("rss", "application/rss+xml"),
    ATOM("atom", "application/atom+xml"),
    /** JSON Feed 1.1; its media type is the one the specification names. */
    JSON("json", "application/feed+json");

    private final String extension;
    private final String mediaType;

    FeedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() { return extension; }

    public String mediaType() { return mediaType; }

    public String contentType() { return mediaType + "; charset=utf-8"; }

    /** Where the feed of a section (or of all news, for null) lives on a site. */
    public String path(String section) {
        return "/feed." + extension + (section == null ? "" : "?section=" + section);
    }
}
