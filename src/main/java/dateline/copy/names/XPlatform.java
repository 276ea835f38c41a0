package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * The social platform X, formerly Twitter: a name of one capital letter, which copy otherwise
 * uses for a letter, a variable or a person's initial ("Malcolm X", "Generation X"). It is the
 * platform only where copy names it so: after "on", "to", "via" or "platform" ("posted on X"),
 * or with its former name next to it ("X, formerly Twitter").
 */
final class XPlatform {
    private static final Set<String> CUES = Set.copyOf(BundledList.section("organisation-words.txt", "platform cues"));

    private XPlatform() {}

    /** Whether the run [a, b) is a lone "X" that names the platform. */
    static boolean names(Segment s, int a, int b) {
        // "a post on X." ends a sentence: the tokenizer may read the letter and full stop as an initial.
        if (b - a != 1 || !s.tokens().get(a).is("X") && !s.tokens().get(a).is("X.")) return false;
        Token before = s.token(a - 1);
        if (before != null && before.word() && CUES.contains(before.lower())) return true;
        return FormerNames.followedByFormerName(s, b);
    }
}
