package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * Whether a verb has a subject of its own just before it ("Powell said", "the minister has
 * repeatedly warned") rather than sharing one ("..., stating", "and blamed", "to say").
 */
public final class Subjects {
    private static final Set<String> BETWEEN = Set.copyOf(BundledList.section("grammar-words.txt", "between subject and verb"));
    private static final Set<String> NOT_SUBJECTS = Set.copyOf(BundledList.section("grammar-words.txt", "not subjects"));

    /** Forms of "be": before a past participle they make a passive, whose subject is no speaker. */
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private Subjects() {}

    /** "he was described as": a form of "be" right before the verb. */
    static boolean afterBe(Segment s, int verb) {
        Token be = s.token(verb - 1);
        return be != null && BE.contains(be.lower());
    }

    /**
     * "Roque was quoted in an interview with user Franco Mabanta as saying:": the subject of
     * "was quoted" said the words, not a name in the words between; returns where that subject's
     * window ends (the "was"), or -1 when the verb is no "as saying" after "was quoted".
     */
    static int quotedAsSaying(Segment s, int verb, int start) {
        Token as = s.token(verb - 1);
        if (!s.tokens().get(verb).is("saying") || as == null || !as.is("as")) return -1;
        for (int k = verb - 2; k > start; k--) {
            if (s.tokens().get(k).is("quoted") && afterBe(s, k)) return k - 1 > start ? k - 1 : -1;
        }
        return -1;
    }

    /**
     * "Donald Trump Jr, who wrote on X:": a relative "who" after a name gives the verb that name
     * as its subject.
     */
    static boolean relative(Segment s, int verb, int start) {
        int k = verb - 1;
        while (k >= start && s.tokens().get(k).word() && BETWEEN.contains(s.tokens().get(k).lower())) k--;
        if (k <= start || !s.tokens().get(k).is("who")) return false;
        Token before = s.tokens().get(k - 1);
        if (before.is(",") && k - 2 >= start) before = s.tokens().get(k - 2);
        return before.word() && before.capitalised();
    }

    static boolean precede(Segment s, int verb, int start) {
        int k = verb - 1;
        while (k >= start && s.tokens().get(k).word() && BETWEEN.contains(s.tokens().get(k).lower())) k--;
        if (k < start) return false;
        Token t = s.tokens().get(k);
        return (t.word() && !NOT_SUBJECTS.contains(t.lower())) || t.is(")");
    }
}
