package dateline.story;

/** Where a story stands with readers and clients. */
public enum Status {
    /** Visible on the site, in feeds and to clients. */
    PUBLISHED,
    /** Taken back: gone from lists; its page says it was withdrawn. */
    WITHDRAWN;

    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
