package dateline.story;

import java.time.Instant;

/**
 * One immutable version of a story, as it stood after a write.
 *
 * @param note  why it was written, for a correction or a withdrawal (shown to readers); else null
 * @param actor who wrote it: a staff member's name, or "import" or "scheduler"; null before the newsroom
 */
public record Revision(String storyId, int version, ChangeKind change, Instant createdAt, StoryContent content,
                       String note, String actor) {}
