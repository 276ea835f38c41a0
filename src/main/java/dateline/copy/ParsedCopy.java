package dateline.copy;

import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import dateline.story.Block;

import dateline.story.StoryContent;
import java.util.List;

/**
 * What the parser understood of one piece of wire copy.
 *
 * @param headline      the headline as printed, or null when the copy has none
 * @param standfirst    the lede line under the headline, or null
 * @param dateline      the dateline opening the first paragraph, or null
 * @param blocks        the body: paragraphs (the dateline paragraph included, text unchanged)
 *                      and subheadings, in order; never includes headline, standfirst or boilerplate
 * @param quotes        direct quotes in the body, in text order
 * @param people        people, each once, in order of first mention
 * @param places        places, likewise
 * @param organizations organisations, likewise
 * @param boilerplate   lines dropped as page chrome or furniture, as printed
 */
public record ParsedCopy(
        String headline,
        String standfirst,
        DatelineInfo dateline,
        List<Block> blocks,
        List<Quote> quotes,
        List<Entity> people,
        List<Entity> places,
        List<Entity> organizations,
        List<String> boilerplate) {

    public ParsedCopy {
        blocks = List.copyOf(blocks);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        boilerplate = List.copyOf(boilerplate);
    }

    /** The story this copy makes, filed in {@code section} (or none) and written in {@code language}. */
    public StoryContent content(String section, String language) {
        return new StoryContent(headline, standfirst, dateline, blocks, quotes, people, places, organizations,
                section, language);
    }
}
