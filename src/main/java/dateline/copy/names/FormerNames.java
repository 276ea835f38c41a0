package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation's earlier name written next to its present one: "X, formerly Twitter", "Meta,
 * previously known as Facebook", "X (formerly Twitter)". The two are one body, which the story
 * means by its present name, so the earlier name is read as a mention of it.
 */
final class FormerNames {
    private static final Set<String> CUES = Set.copyOf(BundledList.section("organisation-words.txt", "former-name cues"));

    /** Tokens between the present name and the cue at most: ", the platform formerly known as". */
    private static final int NEAR = 6;

    private FormerNames() {}

    /** Candidates with each organisation's earlier name given its present one. */
    static List<Candidate> join(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        Candidate previous = null;
        for (Candidate c : candidates) {
            Candidate present = previous != null && previous.segment() == c.segment() ? previous : null;
            if (present != null && present.kind() == Entity.Kind.ORGANIZATION && isFormerName(c, present)) {
                c = new Candidate(c.segment(), c.from(), c.to(), Entity.Kind.ORGANIZATION, present.canonical(), false, c.titles(), null);
            }
            out.add(c);
            previous = c;
        }
        return out;
    }

    /** "X, formerly Twitter", "X, the platform formerly known as Twitter": a cue, then a name. */
    static boolean followedByFormerName(Segment s, int to) {
        Token first = s.token(to);
        if (first == null || first.word()) return false;
        for (int k = to + 1; k <= to + NEAR && s.token(k) != null; k++) {
            Token t = s.token(k);
            if (t.word() && CUES.contains(t.lower())) {
                int name = k + 1;
                while (isFiller(s.token(name))) name++;
                return s.token(name) != null && s.token(name).word() && s.token(name).capitalised();
            }
            if (t.word() && t.capitalised()) return false;
        }
        return false;
    }

    private static boolean isFormerName(Candidate c, Candidate present) {
        int cue = c.from() - 1;
        Segment s = c.segment();
        while (cue > present.to() && isFiller(s.token(cue))) cue--;
        Token t = s.token(cue);
        return cue >= present.to() && cue - present.to() <= NEAR && t != null && t.word() && CUES.contains(t.lower());
    }

    /** "known as", "called", "named" between the cue and the earlier name. */
    private static boolean isFiller(Token t) {
        return t != null && (t.is("known") || t.is("as") || t.is("called") || t.is("named"));
    }
}
