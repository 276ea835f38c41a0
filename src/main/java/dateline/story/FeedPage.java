package dateline.story;

import java.util.List;

/** A page of stories and the cursor of the next (older) page, null at the end. */
public record FeedPage(List<StorySummary> items, FeedCursor next) {}
