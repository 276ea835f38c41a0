package dateline.copy.quotes;

/**
 * A quoted span of the body as the marks delimit it, before anyone decides whether it is a quote.
 *
 * @param block    the paragraph where it opens
 * @param start    offset of its first quoted character there
 * @param endBlock the paragraph where it closes (later than {@code block} when it runs on)
 * @param end      offset of its closing mark in {@code endBlock}, or that text's length when unclosed
 * @param text     the quoted words without marks; paragraphs joined by a blank line
 * @param single   delimited by single quotes
 */
public record QuoteSpan(int block, int start, int endBlock, int end, String text, boolean single) {

    /** Whether it holds at least {@code n} words: read only until the n-th, as a long quote is common. */
    boolean hasWords(int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord && ++words >= n) return true;
            inWord = letter;
        }
        return words >= n;
    }
}
