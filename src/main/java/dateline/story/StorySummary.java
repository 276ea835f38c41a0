package dateline.story;

import java.time.Instant;

/** What a list of stories shows of each: enough for the All news page and feeds, no body. */
public record StorySummary(String id, String slug, int version, String headline, String standfirst,
                           String place, String section, Instant firstCreated, Instant versionCreated) {}
