package dateline.copy;

import dateline.copy.layout.BlockSplitter;
import dateline.copy.names.Entities;
import dateline.copy.names.EntityFinder;
import dateline.copy.lexicon.KnownEntities;
import dateline.copy.quotes.QuoteFinder;
import dateline.copy.layout.StoryLayout;
import dateline.copy.text.BlockSegments;
import dateline.copy.text.Whitespace;

import java.time.LocalDate;

/**
 * Structures raw wire copy: drops page chrome, finds the headline, standfirst, dateline,
 * subheadings and paragraphs, then the entities and the quotes with their speakers.
 * Use it on text from {@link CopyText#decode(byte[])}. Thread-safe and cheap to share: it keeps
 * no state between calls, and its cost is linear in the length of the copy.
 */
public final class CopyParser {
    private final EntityFinder entityFinder;

    public CopyParser() { this(KnownEntities.none()); }

    /** @param known entities the archive has confirmed, to help recognition */
    public CopyParser(KnownEntities known) { this.entityFinder = new EntityFinder(known); }

    public ParsedCopy parse(String text) { return parse(text, null); }

    /**
     * @param reference the date the copy was filed, to resolve "September 12"; null when unknown
     * @throws CopyRejected when the copy has neither a headline nor a body
     */
    public ParsedCopy parse(String text, LocalDate reference) {
        if (text == null || Whitespace.isBlank(text)) throw new CopyRejected("copy is blank");
        StoryLayout.Layout layout = StoryLayout.arrange(BlockSplitter.split(text), reference);
        if (layout.headline() == null && layout.blocks().isEmpty()) {
            throw new CopyRejected("copy has no recognisable headline and no body: only page chrome and furniture");
        }
        // The entity finder and the quote finder read the same paragraphs: tokenized once for both.
        BlockSegments segments = new BlockSegments(layout.blocks());
        Entities entities = entityFinder.find(layout.headline(), layout.standfirst(), layout.dateline(), layout.blocks(), segments);
        // Quotes see every name ("a Commission spokesman" speaks for the Commission); the story
        // lists none named only as a modifier.
        Entities listed = entities.listed();
        return new ParsedCopy(layout.headline(), layout.standfirst(), layout.dateline(), layout.blocks(),
                QuoteFinder.find(layout.blocks(), entities, segments),
                listed.people(), listed.places(), listed.organizations(), layout.boilerplate());
    }
}
