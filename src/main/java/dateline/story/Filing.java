package dateline.story;

/**
 * A story handed in for publication by import or the newsroom: a new story, or a new version
 * of the one with the same id (or, for imports, the same source).
 *
 * @param id        the story id to use or update, or null to find it by {@code sourceKey} or make one
 * @param sourceKey where the copy came from (file name, feed item id), or null
 */
public record Filing(String id, String sourceKey, StoryContent content) {}
