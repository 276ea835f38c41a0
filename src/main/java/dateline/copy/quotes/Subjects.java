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

    private Subjects() {}

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
