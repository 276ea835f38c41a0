package dateline.search;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Filing;
import dateline.story.Quote;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stories written for the search tests: who is in them, where, which organisation, who is
 * quoted, as a newsroom would file them. Build one with {@link #story}, add names, then
 * {@link #fileWith}.
 */
public final class NewsStories {
    private final String headline;
    private final String section;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> places = new ArrayList<>();
    private final List<Entity> orgs = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private NewsStories(String headline, String section, String text) {
        this.headline = headline;
        this.section = section;
        paragraphs.add(text);
    }

    public static NewsStories story(String headline, String section, String text) {
        return new NewsStories(headline, section, text);
    }

    public NewsStories about(String person) {
        people.add(new Entity(person, Entity.Kind.PERSON, List.of(new Entity.Mention(0, 0, 1))));
        return this;
    }

    public NewsStories in(String place) {
        places.add(new Entity(place, Entity.Kind.PLACE, List.of(new Entity.Mention(0, 0, 1))));
        return this;
    }

    public NewsStories org(String organisation) {
        orgs.add(new Entity(organisation, Entity.Kind.ORGANIZATION, List.of(new Entity.Mention(0, 0, 1))));
        return this;
    }

    /** A paragraph with the quote, attributed by name. */
    public NewsStories quote(String speaker, String words) {
        paragraphs.add("\"" + words + "\" " + speaker + " said.");
        quotes.add(new Quote(words, speaker, speaker + " said", paragraphs.size() - 1, 1));
        return this;
    }

    public StoryContent content() {
        return new StoryContent(headline, "A standfirst about " + headline.toLowerCase(java.util.Locale.ROOT),
                new DatelineInfo("OSLO, March 3. /DTL/.", "OSLO", "March 3", LocalDate.of(2026, 3, 3), "DTL"),
                paragraphs.stream().map(Block::paragraph).toList(), quotes, people, places, orgs, section, "en");
    }

    public Story fileWith(StoryService stories) {
        return stories.file(new Filing(null, null, content())).story();
    }
}
