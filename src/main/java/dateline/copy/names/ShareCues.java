package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.Set;

/**
 * Business copy names companies by their stock: "shares of Denmark's Novo Nordisk rose", "Eli
 * Lilly's shares fell". A name read as a person for its first name, or left unread, is the company
 * there, and {@link EntityBook} lists its other mentions with it.
 */
final class ShareCues {
    private static final Set<String> SHARES = Set.copyOf(BundledList.section("organisation-words.txt", "share nouns"));

    private ShareCues() {}

    /** The candidate as a company when its words are a company's stock, else unchanged. */
    static Candidate typed(Candidate c) {
        boolean unsure = c.kind() == null || c.kind() == Entity.Kind.PERSON && c.titles().isEmpty();
        if (!unsure || !(sharesBefore(c) || sharesAfter(c))) return c;
        return new Candidate(c.segment(), c.from(), c.to(), Entity.Kind.ORGANIZATION, c.canonical(), false, Set.of(), c.alias());
    }

    /** "shares of Novo Nordisk", "shares in Denmark's Novo Nordisk". */
    private static boolean sharesBefore(Candidate c) {
        Segment s = c.segment();
        int i = c.from() - 1;
        Token t = s.token(i);
        if (t != null && t.isPossessive() && s.token(i - 1) != null && s.token(i - 1).capitalised()) i -= 2;
        Token of = s.token(i);
        Token shares = s.token(i - 1);
        return of != null && (of.is("of") || of.is("in")) && shares != null && shares.word() && SHARES.contains(shares.lower());
    }

    /** "Novo Nordisk's shares"; never "Ann Lee shares her view", where "shares" is a verb. */
    private static boolean sharesAfter(Candidate c) {
        Segment s = c.segment();
        Token possessive = s.token(c.to());
        Token after = s.token(c.to() + 1);
        return possessive != null && possessive.isPossessive() && after != null && after.word() && SHARES.contains(after.text());
    }
}
