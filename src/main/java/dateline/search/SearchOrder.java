package dateline.search;

import dateline.story.InvalidInput;

/** How results are ordered: best match first, or newest first. */
public enum SearchOrder {
    RELEVANCE, TIME;

    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Reads {@code sort=relevance|time}; relevance when absent. */
    public static SearchOrder parse(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("relevance")) return RELEVANCE;
        if (raw.equals("time")) return TIME;
        throw new InvalidInput("sort: relevance or time, got " + raw);
    }
}
