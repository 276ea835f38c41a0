package dateline.ingest;

import dateline.copy.CopyParser;
import dateline.copy.CopyRejected;
import dateline.copy.ParsedCopy;
import dateline.story.Block;
import dateline.story.StoryContent;
import dateline.story.StructureReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy parser's reading of a newsroom story: the story is written out as wire copy, parsed,
 * and its quotes and entities kept, provided the parser saw the very same blocks (their
 * positions are what quotes and mentions point at). When it did not, the story keeps none
 * rather than wrong ones.
 */
public final class CopyStructure implements StructureReader {
    private final CopyParser parser;

    public CopyStructure(CopyParser parser) { this.parser = parser; }

    @Override
    public StoryContent read(StoryContent c) {
        ParsedCopy parsed;
        try {
            parsed = parser.parse(copy(c), c.dateline() == null ? null : c.dateline().date());
        } catch (CopyRejected e) {
            return c;
        }
        if (!texts(parsed.blocks()).equals(texts(c.blocks()))) return c;
        return new StoryContent(c.headline(), c.standfirst(), c.dateline(), c.blocks(), parsed.quotes(), parsed.people(),
                parsed.places(), parsed.organizations(), c.section(), c.language(), c.byline(), c.slugline(), c.urgency());
    }

    /** The story as an agency's copy prints it: headline, standfirst, then the body's blocks. */
    private static String copy(StoryContent c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.headline());
        if (c.standfirst() != null) parts.add(c.standfirst());
        for (Block block : c.blocks()) parts.add(block.text());
        return String.join("\n\n", parts) + "\n";
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b.kind() + ":" + b.text()).toList();
    }
}
