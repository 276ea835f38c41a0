package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * Mentions in which a name only modifies the noun after it: "Associated Press reporters",
 * "the U.S. military". The corpus
 * conventions list no entity named only so ("U.S. Senator", "London-based"); an entity with
 * one mention standing as a noun is listed as usual.
 */
final class Modifiers {
    private static final Set<String> MODIFIED = Set.copyOf(BundledList.section("name-words.txt", "modified nouns"));

    private Modifiers() {}

    static boolean modifies(Segment s, int from, int to) {
        Token after = s.token(to);
        if (after == null || !after.word() || after.capitalised() || after.isPossessive()) return false;
        return MODIFIED.contains(after.lower());
    }
}
