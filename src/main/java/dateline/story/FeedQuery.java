package dateline.story;

/**
 * A page of the newest published stories: those strictly older than {@code after} (null for
 * the first page), optionally of one section.
 */
public record FeedQuery(String section, FeedCursor after, int limit) {}
