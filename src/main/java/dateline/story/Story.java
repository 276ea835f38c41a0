package dateline.story;

import java.time.Instant;

/**
 * The current version of a story.
 *
 * @param id             stable id, also the last segment of its URI
 * @param slug           words of the headline for readable URLs; any slug finds the story
 * @param version        counts from 1; each write adds one
 * @param firstCreated   when it was first published
 * @param versionCreated when this version was written ("Updated at")
 * @param embargoUntil   when a {@link Status#SCHEDULED} story is released; null for any other status
 * @param seq            the change-log sequence of the write that made this version
 */
public record Story(String id, String slug, int version, Status status, StoryContent content,
                    Instant firstCreated, Instant versionCreated, Instant embargoUntil, long seq) {

    public String headline() { return content.headline(); }
}
