package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Set;

/**
 * Mentions in which a name only modifies the noun after it: "a Reuters report", "Associated
 * Press reporters", "Pentagon spokesman John Kirby", "U.S. Senator". The corpus conventions
 * list no entity named only so; one mention standing as a noun (subject, object, after a
 * preposition, a possessive) lists it as usual. Reads only the words next to the mention.
 */
final class Modifiers {
    /** Nouns read as modified after any name, even where a verb could stand ("Reuters witnesses said"). */
    private static final Set<String> MODIFIED = Set.copyOf(BundledList.section("name-words.txt", "modified nouns"));
    /** Verb forms and adverbs no suffix shows ("Google bought", "Russia now"): the name is a subject. */
    private static final Set<String> NOT_NOUNS = BundledList.sectionWords("name-words.txt", "not modified nouns");
    /** Nouns for the kind of body a name is ("the Xinhua news agency"): an apposition, the name stands. */
    private static final Set<String> KINDS = Set.copyOf(BundledList.section("name-words.txt", "kind nouns"));
    /** Words before a noun phrase that make the next plural or bare word a noun ("a", "other", "their"). */
    private static final Set<String> DETERMINERS = Set.copyOf(BundledList.section("name-words.txt", "modifier determiners"));

    private Modifiers() {}

    static boolean modifies(Segment s, int from, int to) {
        // "the Department of Home Affairs (DHA) director-general": the acronym in parentheses is
        // the name's own; the word after it tells what the name does.
        if (Acronyms.isAcronymInParentheses(s, to)) to += 3;
        else if (Acronyms.isAcronymInParentheses(s, from - 1)) to += 1; // the "(DWA)" of that name, likewise
        Token after = s.token(to);
        if (after == null || !after.word() || after.isPossessive()) return false;
        if (after.capitalised()) return titled(s, from, to);
        String word = after.lower();
        if (MODIFIED.contains(word)) return true;
        if (!nounLike(word)) return false;
        Token before = s.token(from - 1);
        boolean determined = before != null && before.word() && DETERMINERS.contains(before.lower());
        // "the NTV channel" names the channel; "his Telegram channel" is one on Telegram.
        if (!determined && isKind(s, to)) return false;
        boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
        // "Google says", "the Senate votes": a plural-looking word is a verb unless a determiner
        // makes the phrase a noun's ("other MK Party supporters", "many WhatsApp groups").
        if (plural) return determined;
        // "Democrats want", "Republicans oppose": a bare word after a plural name is its verb.
        if (namePlural(s, to) && !determined) return false;
        return true;
    }

    /**
     * "U.S. Senator Ann Lowe", "an MK Party MP": a capitalised title after the name, before the
     * name it gives or after a determiner; not in a title-case headline, where any word is capitalised.
     */
    private static boolean titled(Segment s, int from, int to) {
        Token after = s.token(to);
        if (s.titleCase() || after.sentenceStart() || !TitleLexicon.isTitle(after.text())) return false;
        Token next = s.token(to + 1);
        Token before = s.token(from - 1);
        return next != null && next.word() && next.capitalised()
                || before != null && before.word() && DETERMINERS.contains(before.lower());
    }

    /** A lower-case word that may be a noun: no function word, verb of speech, "-ed", "-ly" or "-ing" form. */
    private static boolean nounLike(String word) {
        if (word.length() < 3 || Words.isReporting(word) || NOT_NOUNS.contains(word)) return false;
        if (word.endsWith("ed") || word.endsWith("ly") || word.endsWith("ing")) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-') return false;
        }
        return true;
    }

    /** "the Xinhua news agency", "the Cadena 3 radio station", "Narayanguri village": the noun after the name is what the name is. */
    private static boolean isKind(Segment s, int to) {
        if (KINDS.contains(s.token(to).lower())) return true;
        Token next = s.token(to + 1);
        return next != null && next.word() && !next.capitalised() && KINDS.contains(next.lower());
    }

    private static boolean namePlural(Segment s, int to) {
        String last = s.token(to - 1).lower();
        return last.endsWith("s") && !last.endsWith("ss");
    }
}
