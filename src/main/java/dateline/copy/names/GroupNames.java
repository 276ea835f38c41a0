package dateline.copy.names;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;

/**
 * Groups named for their members and their cause: "Students for Fair Admissions", "Physicians
 * for Human Rights", "Forensics for Justice". A capitalised plural, "for", and capitalised words
 * is such a name mid-sentence; opening a sentence ("Calls for Reform grew") it is one only when
 * an apposition says what it is ("..., the group that sued").
 */
final class GroupNames {
    private GroupNames() {}

    /** "Students", "Doctors", "Forensics": a capitalised plural (not "-ss") of some length. */
    static boolean isPlural(Token t) {
        String w = t.text();
        return t.word() && t.capitalised() && !t.allCaps() && w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                && !NameReader.isTitleWord(t) && !HeadWords.isOrgHead(w);
    }

    /** Whether run [a, b) is "Plural for Name ..." (its "for" right after the first word). */
    static boolean isGroupFor(Segment s, int a, int b) {
        return b - a >= 3 && s.tokens().get(a + 1).is("for") && isPlural(s.tokens().get(a));
    }

    /** Where the cause after "X for" starts, past a "the" ("Students for the Climate"). */
    static int causeStart(Segment s, int a) {
        return s.tokens().get(a + 2).is("the") ? a + 3 : a + 2;
    }

    /**
     * Whether such a run names a group: not opening a sentence, or followed by ", the group" (an
     * organisation's type noun); and its cause no known place or person ("the Lakers for Denver").
     */
    static boolean namesGroup(Segment s, int a, int b, Lexicon lexicon) {
        int cause = causeStart(s, a);
        // "the Celtics for Game 5", "the Giants for Monday": a game or a date, not a cause.
        if (cause >= b || NameCues.numbered(s, b) || Words.isCalendarOrArticle(s.tokens().get(cause).text())) return false;
        Lexicon.Entry known = lexicon.lookup(NameReader.key(s, cause, b));
        if (known != null && known.kind() != Entity.Kind.ORGANIZATION) return false;
        return !s.tokens().get(a).sentenceStart() || typedApposition(s, b);
    }

    private static boolean typedApposition(Segment s, int b) {
        Token comma = s.token(b);
        Token article = s.token(b + 1);
        Token type = s.token(b + 2);
        return comma != null && comma.is(",") && article != null && (article.is("the") || article.is("a"))
                && type != null && type.word() && HeadWords.isOrgType(type.lower());
    }
}
