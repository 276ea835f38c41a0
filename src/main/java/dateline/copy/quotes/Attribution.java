package dateline.copy.quotes;

import dateline.copy.text.Segment;

/**
 * The words that attribute a quote, in one paragraph: a subject window of tokens
 * [{@code from}, {@code to}) where the speaker is named, and the reporting verb at {@code verb}.
 *
 * @param inverted the speaker follows the verb ("said Wang Tianshou", "according to X")
 */
public record Attribution(int block, int from, int to, int verb, boolean inverted) {

    /** The attributing words as printed: the speaker's words [subjectFrom, subjectTo) and the verb, in text order. */
    String text(Segment s, int subjectFrom, int subjectTo) {
        int a = Math.min(subjectFrom, verb);
        int b = Math.max(subjectTo, verb + 1);
        if (a >= b || b > s.tokens().size()) return null;
        return s.span(a, b);
    }
}
