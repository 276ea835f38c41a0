package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the full name an acronym in parentheses stands for by reading back from it: "National
 * Oceanic and Atmospheric Administration (NOAA)", "United Nations Office on Drugs and Crime
 * (UNODC)". The initials of the capitalised words must spell the acronym, so the name's
 * connecting words ("and", "on", "of the") can be crossed where a plain run would stop.
 */
public final class AcronymExpansions {
    private static final Set<String> CONNECTORS = Set.copyOf(BundledList.section("name-words.txt", "acronym connectors"));
    private static final int LONGEST = 14;

    private AcronymExpansions() {}

    /** The first token of the name the acronym at token {@code acronym} (inside parentheses) expands, or -1. */
    static int start(Segment s, int acronym) {
        Token open = s.token(acronym - 1);
        Token close = s.token(acronym + 1);
        Token word = s.token(acronym);
        if (open == null || !open.is("(") || close == null || !close.is(")") || !word.allCaps() || word.hasDigit()) return -1;
        String letters = word.text().replace(".", "").toUpperCase(Locale.ROOT);
        int end = acronym - 1;
        int best = -1;
        StringBuilder initials = new StringBuilder();
        for (int i = end - 1; i >= 0 && end - i <= LONGEST; i--) {
            Token t = s.tokens().get(i);
            if (t.word() && t.capitalised()) {
                initials.insert(0, capitalInitials(t.text()));
                if (initials.toString().equals(letters)) best = i;
            } else if (!CONNECTORS.contains(t.lower())) {
                break;
            }
            if (initials.length() > letters.length()) break;
        }
        return best >= 0 && end - best >= 2 ? best : -1;
    }

    /** "Tehreek-e-Insaf" gives "TI": the capitals opening its hyphenated parts. */
    private static String capitalInitials(String word) {
        StringBuilder sb = new StringBuilder();
        for (String part : word.split("-")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) continue;
            // "UN Relief and Works Agency (UNRWA)": an abbreviation inside the name gives all its letters.
            sb.append(part.equals(part.toUpperCase(Locale.ROOT)) ? part.replace(".", "") : part.substring(0, 1));
        }
        return sb.toString();
    }
}
