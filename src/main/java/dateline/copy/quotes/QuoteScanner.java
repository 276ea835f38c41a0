package dateline.copy.quotes;

import dateline.story.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in body paragraphs by hand, in one pass: straight and curly double quotes,
 * guillemets, single quotes used as quote marks (told from apostrophes by what stands either side),
 * and quotes running over paragraphs that each reopen with a mark and only the last closes.
 * Linear in the text however the marks are (un)balanced: no backtracking, no regular expressions.
 */
public final class QuoteScanner {
    private final List<Block> blocks;
    private final List<QuoteSpan> spans = new ArrayList<>();

    private QuoteScanner(List<Block> blocks) { this.blocks = blocks; }

    static List<QuoteSpan> scan(List<Block> blocks) {
        QuoteScanner scanner = new QuoteScanner(blocks);
        int[] at = {0, 0};
        while (at[0] < blocks.size()) at = scanner.scanFrom(at[0], at[1]);
        return List.copyOf(scanner.spans);
    }

    /** Scans block {@code b} from offset {@code i}; returns where to go on: {block, offset}. */
    private int[] scanFrom(int b, int i) {
        if (!blocks.get(b).isParagraph()) return new int[] {b + 1, 0};
        String text = blocks.get(b).text();
        int noSingleCloseBefore = -1;
        while (i < text.length()) {
            if (opensDouble(text, i)) {
                int[] after = readDouble(b, i + 1, text.charAt(i));
                if (after[1] < 0) return new int[] {after[0] + 1, 0};
                if (after[0] != b) return after;
                i = after[1];
            } else if (i >= noSingleCloseBefore && opensSingle(text, i)) {
                int close = singleClose(text, i + 1);
                if (close < 0) noSingleCloseBefore = -close;
                else spans.add(new QuoteSpan(b, i + 1, b, close, text.substring(i + 1, close), true));
                i = close < 0 ? i + 1 : close + 1;
            } else {
                i++;
            }
        }
        return new int[] {b + 1, 0};
    }

    /**
     * Reads a double-quoted span opening before {@code start} in block {@code b}, running on into
     * following paragraphs that reopen with a mark. Returns {block, offset after the close}, or
     * {block, -1} when it ended unclosed at the end of that block.
     */
    private int[] readDouble(int b, int start, char open) {
        StringBuilder joined = null;
        int block = b;
        int from = start;
        while (true) {
            String text = blocks.get(block).text();
            int close = doubleClose(text, from, open);
            if (close >= 0) {
                String last = text.substring(from, close);
                String quoted = joined == null ? last : joined.append(last).toString();
                spans.add(new QuoteSpan(b, start, block, close, quoted, false));
                return new int[] {block, close + 1};
            }
            int next = block + 1;
            if (next >= blocks.size() || !blocks.get(next).isParagraph() || !opensParagraph(blocks.get(next).text())) {
                String last = text.substring(from);
                String quoted = joined == null ? last : joined.append(last).toString();
                spans.add(new QuoteSpan(b, start, block, text.length(), quoted, false));
                return new int[] {block, -1};
            }
            if (joined == null) joined = new StringBuilder();
            joined.append(text, from, text.length()).append("\n\n");
            block = next;
            from = leadingMark(blocks.get(next).text()) + 1;
        }
    }

    private static int doubleClose(String text, int from, char open) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '»' || c == '“' && open == '„') return i;
            if (c == '"' && (open != '«')) return i;
        }
        return -1;
    }

    private static boolean opensDouble(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '«' || c == '„' || c == '"') return true;
        // A closing curly mark after a space is used as an opening one by some systems.
        return c == '”' && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean opensParagraph(String text) { return leadingMark(text) >= 0; }

    private static int leadingMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            return c == '“' || c == '"' || c == '«' || c == '„' ? i : -1;
        }
        return -1;
    }

    /** ‘ or ' opening a quote: after a space or bracket (or at the start), before a letter. */
    private static boolean opensSingle(String text, int i) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'') return false;
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * ’ or ' closing a quote: after a word or punctuation, before a space, punctuation or the end.
     * A single quote never spans a double mark; when none closes, returns minus the offset where
     * the search stopped, so that later openings before it need not search again.
     */
    private static int singleClose(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') return -i;
            if (c != '’' && c != '\'') continue;
            boolean before = i > from && !Character.isWhitespace(text.charAt(i - 1));
            boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
            if (before && after && !isPluralPossessive(text, i)) return i;
        }
        return -text.length();
    }

    /** "the countries' traditional": an apostrophe after a plural s and before a lower-case word. */
    private static boolean isPluralPossessive(String text, int i) {
        return text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2));
    }
}
