package dateline.copy.quotes;

import dateline.copy.text.BlockSegments;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Block;
import java.util.List;

/**
 * The body as the quote finder reads it: each paragraph's tokens, and which tokens stand inside
 * quoted spans (a speaker is never found among the quoted words).
 */
public final class StoryText {
    private final List<Block> blocks;
    private final Segment[] segments;
    private final boolean[][] quoted;

    StoryText(List<Block> blocks, List<QuoteSpan> spans, BlockSegments shared) {
        this.blocks = blocks;
        this.segments = new Segment[blocks.size()];
        this.quoted = new boolean[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) {
            segments[b] = shared.of(b);
            quoted[b] = new boolean[segments[b].tokens().size()];
        }
        for (QuoteSpan span : spans) mark(span);
    }

    private void mark(QuoteSpan span) {
        for (int b = span.block(); b <= span.endBlock(); b++) {
            int from = b == span.block() ? span.start() - 1 : 0;
            int to = b == span.endBlock() ? span.end() : Integer.MAX_VALUE;
            List<Token> tokens = segments[b].tokens();
            for (int i = tokenAt(b, from); i < tokens.size() && tokens.get(i).start() <= to; i++) quoted[b][i] = true;
        }
    }

    Segment segment(int block) { return segments[block]; }

    int blockCount() { return blocks.size(); }

    boolean isParagraph(int block) { return blocks.get(block).isParagraph(); }

    /** Whether a subheading stands between blocks {@code from} and {@code to} (exclusive). */
    boolean subheadingBetween(int from, int to) {
        for (int b = Math.max(0, from + 1); b < to; b++) if (!isParagraph(b)) return true;
        return false;
    }

    boolean quoted(int block, int token) { return quoted[block][token]; }

    /** The first token starting at or after {@code offset}. */
    int tokenAt(int block, int offset) {
        List<Token> tokens = segments[block].tokens();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether token {@code i} ends a sentence outside quotes. */
    boolean endsSentence(int block, int i) {
        Token t = segments[block].tokens().get(i);
        return !quoted[block][i] && (t.is(".") || t.is("!") || t.is("?"));
    }
}
