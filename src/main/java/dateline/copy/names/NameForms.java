package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.StateAbbreviations;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.Set;

/**
 * The forms of news copy that say what a run of capitalised words is before its context does:
 * a saint's name before a town, a state abbreviated after its city, a town given with its
 * region, a brand's inner capital, a plural of a place's people, and what never makes a person.
 * {@link NameReader} asks these while it reads a run.
 */
final class NameForms {
    private static final Set<String> SAINTS = Set.copyOf(BundledList.section("name-words.txt", "saints"));

    private NameForms() {}

    /**
     * "Victorians were opening their homes", "Spice-loving Brits": a word for the people of a
     * place (a demonym, or a place's name with "-n" or "-ian" in the plural: Albertans, Victorians) ends
     * a group of people, never one person's name.
     */
    static boolean namesPeopleOfPlace(Lexicon lexicon, String word) {
        if (Words.isDemonym(word)) return true;
        if (!word.endsWith("ns") || word.length() < 5) return false;
        // "Victorians", "Parisians": no surname is written with "-ians" (Armenian ones end in "-ian").
        if (word.endsWith("ians") && word.length() > 6) return true;
        Lexicon.Entry place = lexicon.lookup(word.substring(0, word.length() - 2));
        return place != null && place.kind() == Entity.Kind.PLACE;
    }

    /**
     * "the Foreign Secretary", "Attorney General", "Gen Z": titles alone or one letter name nobody;
     * nor does a brand's inner capital ("CalFire said", "FedEx"), nor a name after a number
     * ("9ine Ultra Lounge", "10 Downing Street"), which is an address's or a business's, nor the
     * words after a capitalised head and "of" ("Prohibition of Nuclear Weapons").
     */
    static boolean isNoPersonName(Candidate c) {
        if (c.kind() != Entity.Kind.PERSON) return false;
        if (c.tokenCount() == 1 && c.printed().length() == 1) return true;
        for (int i = c.from(); i < c.to(); i++) if (isBrandCased(c.segment().tokens().get(i).text())) return true;
        Token before = c.segment().token(c.from() - 1);
        if (c.weak() && before != null && before.word() && before.hasDigit()) return true;
        // "the Treaty on the Prohibition of Nuclear Weapons": words completing a capitalised "X of" are that name's.
        Token head = c.segment().token(c.from() - 2);
        if (c.weak() && before != null && before.is("of") && head != null && NameRuns.isNameWord(head)) return true;
        for (int i = c.from(); i < c.to(); i++) {
            if (!TitleLexicon.isTitle(c.segment().tokens().get(i).text())) return false;
        }
        return true;
    }

    /**
     * "CalFire", "YouTube", "PayPal": a capital after two lower-case letters or more inside a
     * word; names write theirs after a short prefix ("McDonald", "DeSantis", "LeBron"), or "Mac".
     */
    private static boolean isBrandCased(String word) {
        for (int i = 3; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i)) || !Character.isLowerCase(word.charAt(i - 1))) continue;
            int lower = 0;
            for (int k = i - 1; k >= 0 && Character.isLowerCase(word.charAt(k)); k--) lower++;
            if (lower >= 2 && lower == i - 1 && !word.startsWith("Mac")) return true;
        }
        return false;
    }

    /**
     * "Japan-U.S. Status of Forces Agreement": the tokenizer may cut an abbreviation inside a
     * compound ("Japan-U", ".", "S."); a word written onto a full stop with no space is the end
     * of that compound, never the start of a name.
     */
    static boolean isGluedTail(Segment s, int a) {
        Token stop = s.token(a - 1);
        Token before = s.token(a - 2);
        return stop != null && before != null && stop.is(".") && stop.start() == before.end()
                && s.tokens().get(a).start() == stop.end();
    }

    /**
     * "Kansas City, Mo., and Springfield, Ill.": AP style abbreviates a US state after a city
     * and a comma, in running text as in datelines; the story names the state. Only there, since
     * "Ind." or "Miss." alone may mean something else. The state's name, or null.
     */
    static String stateAfterPlace(Segment s, int a) {
        Token t = s.tokens().get(a);
        Token comma = s.token(a - 1);
        Token place = s.token(a - 2);
        if (comma == null || !comma.is(",") || place == null || !NameRuns.isNameWord(place)) return null;
        Token stop = s.token(a + 1);
        boolean closed = stop != null && stop.is(".") && stop.start() == t.end();
        return StateAbbreviations.state(closed ? t.text() + "." : t.text());
    }

    /**
     * "St. Joseph", "St. Pauli", "Saint-Denis": news copy writes a saint's name before a town,
     * a district or a parish far more often than about the saint, so the run is a place, not a
     * person called "Joseph"; with an organisation's head it is a body ("St. Louis County Council").
     */
    static boolean isSaintName(Segment s, int a, int b) {
        if (b - a < 2 || !SAINTS.contains(s.tokens().get(a).text())) return false;
        Token name = s.tokens().get(a + 1);
        return name.capitalised() && !NameReader.isTitleWord(name);
    }

    /**
     * "their hometown of Pocatello, Idaho.", "in Grimma, Germany,": a name no list knows, then a
     * comma and a known place closed by punctuation, is a town given with its state or country.
     * Not at the start of a sentence, where "Smith, Texas ..." could open an address.
     */
    static boolean isBeforeItsRegion(Lexicon lexicon, Segment s, int a, int b) {
        if (b - a > 3 || s.tokens().get(a).sentenceStart() || s.tokens().get(a).allCaps() || !NameCues.at(s, b, ",")) return false;
        int end = b + 1;
        while (end < s.tokens().size() && NameRuns.isNameWord(s.tokens().get(end)) && end - b <= 3) end++;
        if (end == b + 1 || !closesPlace(s, end)) return false;
        Lexicon.Entry region = lexicon.lookup(NameReader.key(s, b + 1, end));
        return region != null && region.kind() == Entity.Kind.PLACE;
    }

    /**
     * The town and its region end the clause ("... Pocatello, Idaho.", "in Grimma, Germany, where
     * ..."), not modify a noun ("a Trenton, New Jersey, native") nor own one ("France's largest").
     */
    private static boolean closesPlace(Segment s, int end) {
        Token after = s.token(end);
        if (after == null) return true;
        if (after.word() || after.isPossessive() || !(after.is(",") || after.is(".") || after.is(";") || after.is(")"))) return false;
        Token next = s.token(end + 1);
        return !after.is(",") || next == null || !next.word() || next.capitalised() || CLAUSE_WORDS.contains(next.text());
    }

    /** Words that open a clause or a list's next item after a comma. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "where", "which", "who", "when", "while", "but");
}
