package dateline.copy.names;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;

/**
 * Which tokens of a text stand inside quotation marks. Capitalised words in quotes without a
 * first name ("Midnight Magic", "Wait, Wait ... Don't Tell Me!") are a song's, a show's or a
 * slogan's title far more often than a person's name: people are named by their first names,
 * and quoted only when they speak.
 */
final class QuotedWords {
    private QuotedWords() {}

    /** One flag a token: inside double (“...”, "...") or single (‘...’) quotation marks. */
    static boolean[] of(Segment s) {
        boolean[] inside = new boolean[s.tokens().size()];
        boolean dbl = false;
        boolean single = false;
        for (int i = 0; i < inside.length; i++) {
            Token t = s.tokens().get(i);
            if (t.is("“") || t.is("\"") && !dbl) {
                dbl = true;
            } else if (t.is("”") || t.is("\"")) {
                dbl = false;
            } else if (t.is("‘")) {
                single = true;
            } else if (t.is("’") && single) {
                single = false;
            } else {
                inside[i] = dbl || single;
            }
        }
        return inside;
    }

    /** Whether every token of the candidate stands inside quotation marks. */
    static boolean quoted(Candidate c, boolean[] inside) {
        for (int i = c.from(); i < c.to(); i++) if (!inside[i]) return false;
        return true;
    }
}
