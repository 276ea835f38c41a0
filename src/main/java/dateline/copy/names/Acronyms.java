package dateline.copy.names;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.text.Segment;
import dateline.story.Entity;
import dateline.copy.text.Token;

import java.util.Locale;

/**
 * Names given with their acronym in parentheses, either way round: "Civil Aviation Authority of
 * Nepal (CAAN)" and "Isis (Institute of Strategic and International Studies)". Such a name is an
 * organisation (places rarely get acronyms in copy), and the acronym is another name for it.
 */
public final class Acronyms {
    private Acronyms() {}

    /** Run [a, b) followed by "(ACRONYM)" whose letters are the run's initials. */
    static boolean followedByAcronym(Segment s, int a, int b) {
        Token open = s.token(b);
        Token acronym = s.token(b + 1);
        Token close = s.token(b + 2);
        return open != null && open.is("(") && acronym != null && acronym.allCaps() && !acronym.hasDigit()
                && close != null && close.is(")") && abbreviates(acronym.text(), initials(s, a, b));
    }

    static String after(Segment s, int b) { return s.token(b + 1).text(); }

    /** "(DWA)", "(Rosturizm)": one capitalised word in parentheses, opening at {@code open}. */
    static boolean isAcronymInParentheses(Segment s, int open) {
        Token opening = s.token(open);
        Token acronym = s.token(open + 1);
        Token close = s.token(open + 2);
        return opening != null && opening.is("(") && acronym != null && acronym.word() && acronym.capitalised()
                && close != null && close.is(")");
    }

    /**
     * "Federal Agency for Tourism (Rosturizm)": a body's known one-word short name in parentheses
     * after its full name, as Russian bodies are named in wire copy; the short name spells no
     * initials, so only the lists can tell it is another name for the same body.
     */
    static boolean followedByShortName(Segment s, int a, int b, Lexicon lexicon) {
        if (b - a < 2 || !isAcronymInParentheses(s, b) || !HeadWords.isOrgHead(NameReader.headOf(s, a, b))) return false;
        Lexicon.Entry known = lexicon.lookup(s.token(b + 1).text());
        return known != null && known.kind() == Entity.Kind.ORGANIZATION;
    }

    /** Run [a, b) inside parentheses right after a short word that abbreviates it. */
    static boolean expandsAcronym(Segment s, int a, int b) {
        Token open = s.token(a - 1);
        Token word = s.token(a - 2);
        Token close = s.token(b);
        return b - a >= 2 && open != null && open.is("(") && close != null && close.is(")")
                && word != null && word.word() && word.capitalised() && word.text().length() <= 8
                && abbreviates(word.text(), initials(s, a, b));
    }

    private static String initials(Segment s, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            Token t = s.tokens().get(i);
            // "UN Relief and Works Agency (UNRWA)": an abbreviation inside the name gives all its letters.
            if (t.allCaps() && t.word()) {
                sb.append(t.text().replace(".", ""));
                continue;
            }
            for (String part : t.text().split("-")) if (!part.isEmpty()) sb.append(part.charAt(0));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The initials of a name's words and hyphenated parts, in capitals: "CAoN" for "Civil Aviation Authority of Nepal". */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[ \\-]")) if (!word.isEmpty()) sb.append(word.charAt(0));
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The acronym's letters appear in order among the initials, starting with the first. */
    static boolean abbreviates(String acronym, String initials) {
        String letters = acronym.replace(".", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2 || initials.isEmpty() || letters.charAt(0) != initials.charAt(0)) return false;
        int j = 0;
        for (int i = 0; i < initials.length() && j < letters.length(); i++) {
            if (initials.charAt(i) == letters.charAt(j)) j++;
        }
        return j == letters.length();
    }
}
