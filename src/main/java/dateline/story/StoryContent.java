package dateline.story;

import java.util.List;

/**
 * What a journalist writes: everything of a story that a revision freezes.
 *
 * @param section  the desk it belongs to ({@code world}, {@code politics}...), lower case, or null
 * @param language BCP 47 language tag of the text
 * @param byline   who wrote it, as printed above the article ("By Anna Berg"), or null
 * @param slugline the desk's short working name of the story ("OSLO-FERRIES"), or null
 * @param urgency  the IPTC urgency, 1 (flash) to 8 (lowest), or null when not set
 */
public record StoryContent(
        String headline,
        String standfirst,
        DatelineInfo dateline,
        List<Block> blocks,
        List<Quote> quotes,
        List<Entity> people,
        List<Entity> places,
        List<Entity> organizations,
        String section,
        String language,
        String byline,
        String slugline,
        Integer urgency) {

    /** Content as copy carries it: no byline, slugline or urgency (imports, the parser). */
    public StoryContent(String headline, String standfirst, DatelineInfo dateline, List<Block> blocks,
                        List<Quote> quotes, List<Entity> people, List<Entity> places, List<Entity> organizations,
                        String section, String language) {
        this(headline, standfirst, dateline, blocks, quotes, people, places, organizations, section, language,
                null, null, null);
    }

    public StoryContent {
        blocks = List.copyOf(blocks);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        people = people == null ? List.of() : List.copyOf(people);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    /** The body's paragraphs and subheadings as plain text, for search and word counts. */
    public String bodyText() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) text.append(block.text()).append("\n\n");
        return text.toString().strip();
    }
}
