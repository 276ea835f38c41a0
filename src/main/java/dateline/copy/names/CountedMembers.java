package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.Set;

/**
 * "Only six Republicans joined", "many Tories": a party's plural name after a number or a
 * quantifier counts its members, people, not the party; such a mention lists no organisation
 * (the conventions list party members as no entity). "Republicans said" still names the party.
 */
final class CountedMembers {
    private static final Set<String> COUNTS = BundledList.sectionWords("organisation-words.txt", "member counts");

    private CountedMembers() {}

    static boolean counted(Candidate c) {
        if (c.kind() != Entity.Kind.ORGANIZATION || c.tokenCount() != 1) return false;
        String name = c.printed();
        if (name.length() < 4 || !name.endsWith("s") || name.endsWith("ss")) return false;
        Token before = c.segment().token(c.from() - 1);
        if (before == null) return false;
        if (before.text().chars().allMatch(Character::isDigit)) return true;
        return before.word() && (!before.capitalised() || before.sentenceStart()) && COUNTS.contains(before.lower());
    }
}
