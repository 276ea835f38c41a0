package dateline.feed;

import java.time.Instant;

/**
 * One story as a feed shows it.
 *
 * @param id       the story's URI, stable across versions and headline edits (the GUID)
 * @param url      its page, which moves when the headline (and so the slug) changes
 * @param summary  the standfirst, or null
 * @param author   the byline's name ("Anna Berg" of "By Anna Berg"), or null
 * @param language BCP 47 tag of the story's text
 */
public record FeedEntry(String id, String url, String headline, String summary, String author, String section,
                        String language, Instant published, Instant updated) {}
