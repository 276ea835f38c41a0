package dateline.copy.text;

import dateline.story.Entity;
import java.util.List;

/**
 * One text of a story the entity finder reads: the headline, the standfirst or a body block,
 * with its tokens. {@code from} is where reading starts (after the dateline in the first paragraph).
 *
 * @param titleCase a headline in Title Case or a line in capitals, whose capitals say nothing about names
 */
public record Segment(int block, String text, List<Token> tokens, int from, boolean titleCase) {

    public static Segment of(int block, String text, int from) {
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean capitals = block == Entity.Mention.HEADLINE && isTitleCase(tokens) || isUpperCase(tokens);
        return new Segment(block, text, tokens, from, capitals);
    }

    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (!t.word() || t.length() <= 3 || t.sentenceStart()) continue;
            words++;
            if (t.capitalised()) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** A subheading or line in capitals: "SECOND QUAKE" names no organisation. */
    private static boolean isUpperCase(List<Token> tokens) {
        int words = 0;
        int upper = 0;
        for (Token t : tokens) {
            if (!t.word() || t.length() < 2) continue;
            words++;
            if (t.allCaps()) upper++;
            // The opening words decide: a body paragraph is not read to its end for this.
            if (words == 12) break;
        }
        return words >= 2 && upper * 2 > words;
    }

    public Token token(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i) : null; }

    /** The printed text of tokens [from, to). */
    public String span(int fromToken, int toToken) {
        return text.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }
}
