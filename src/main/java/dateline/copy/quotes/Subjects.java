package dateline.copy.quotes;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * Whether a verb has a subject of its own just before it ("Powell said", "the minister has
 * repeatedly warned") rather than sharing one ("..., stating", "and blamed", "to say").
 */
public final class Subjects {
    private static final Set<String> BETWEEN = Set.of("also", "again", "repeatedly", "has", "have", "had", "is",
            "was", "were", "would", "will", "could", "may", "might", "reportedly", "later", "earlier", "then",
            "previously", "further", "not", "recently", "publicly", "separately", "once", "often", "already");
    private static final Set<String> NOT_SUBJECTS = Set.of("and", "or", "but", "that", "which", "to", "of", "in",
            "on", "at", "by", "for", "with", "the", "a", "an", "as", "while", "who", "from", "after", "before");

    private Subjects() {}

    static boolean precede(Segment s, int verb, int start) {
        int k = verb - 1;
        while (k >= start && s.tokens().get(k).word() && BETWEEN.contains(s.tokens().get(k).lower())) k--;
        if (k < start) return false;
        Token t = s.tokens().get(k);
        return (t.word() && !NOT_SUBJECTS.contains(t.lower())) || t.is(")");
    }
}
