package dateline.search;

import java.time.Instant;
import java.util.List;

/**
 * A person's, place's or organisation's page: the stories about it, newest first, and for a
 * person what they said.
 *
 * @param name   the canonical name, as the stories spell it
 * @param said   the quotes of a person, newest story first, in the order of each story (empty for others)
 * @param saidNext the cursor of the next page of quotes, or null
 */
public record EntityStories(EntityKind kind, String slug, String name, SearchResults stories,
                            List<SaidQuote> said, String saidNext) {

    /** One quote, with the story it is in. */
    public record SaidQuote(String text, String storyId, String storySlug, String headline, Instant updated) {}
}
