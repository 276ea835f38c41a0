package dateline.story;

import java.time.Instant;

/** One immutable version of a story, as it stood after a write. */
public record Revision(String storyId, int version, ChangeKind change, Instant createdAt, StoryContent content) {}
