package dateline.copy.text;

import dateline.story.Block;

import java.util.List;

/**
 * The body blocks of one story as {@link Segment}s, each tokenized once, when first asked for:
 * the entity finder and the quote finder read the same paragraphs, and tokenizing is the
 * costliest step both share. Per story, not shared between threads.
 */
public final class BlockSegments {
    private final List<Block> blocks;
    private final Segment[] segments;

    public BlockSegments(List<Block> blocks) {
        this.blocks = blocks;
        this.segments = new Segment[blocks.size()];
    }

    /** Block {@code b} read from its start. */
    public Segment of(int b) {
        Segment s = segments[b];
        if (s == null) segments[b] = s = Segment.of(b, blocks.get(b).text(), 0);
        return s;
    }

    /** Block {@code b} read from {@code from} (after the dateline): the same tokens. */
    public Segment of(int b, int from) {
        Segment s = of(b);
        return from == s.from() ? s : new Segment(b, s.text(), s.tokens(), from, s.titleCase());
    }
}
