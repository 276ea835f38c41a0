package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;

import java.util.Set;

/**
 * A run of capitalised words that may name a place at the start of a dateline: either all in
 * capitals ({@code MEXICO CITY}, {@code ST. LOUIS}) or all in title case with the small
 * connectors place names use ({@code Rio de Janeiro}), or two such places joined by a slash
 * ({@code Indonesia/JAKARTA}). Never more than {@link #MAX_WORDS} words a place.
 */
public record PlaceWords(int end, boolean capitals) {
    private static final int MAX_WORDS = 5;
    private static final Set<String> CONNECTORS = Set.copyOf(BundledList.section("name-words.txt", "place connectors"));

    /** The place words starting at {@code from}, or null when none start there. */
    static PlaceWords scan(String s, int from) {
        int end = word(s, from);
        if (end < 0) return null;
        boolean capitals = isCapitals(s, from, end);
        int letters = letters(s, from, end);
        for (int words = 1; words < MAX_WORDS && end + 1 < s.length(); words++) {
            if (s.charAt(end) == '/') {
                // Two places filed from at once: "SURABAYA, Indonesia/JAKARTA (Reuters) -".
                PlaceWords other = word(s, end + 1) < 0 ? null : scan(s, end + 1);
                if (other == null) break;
                letters += 2;
                end = other.end();
                break;
            }
            if (s.charAt(end) != ' ') break;
            int next = end + 1;
            int connector = capitals ? -1 : connector(s, next);
            int start = connector > 0 ? connector + 1 : next;
            int wordEnd = word(s, start);
            if (wordEnd < 0 || isCapitals(s, start, wordEnd) != capitals) break;
            letters += letters(s, start, wordEnd);
            end = wordEnd;
        }
        return letters >= 2 ? new PlaceWords(end, capitals) : null;
    }

    /** End of a capitalised word at {@code i} (letters, marks, . ' ’ - &), or -1. */
    private static int word(String s, int i) {
        if (i >= s.length() || !Character.isUpperCase(s.charAt(i))) return -1;
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            boolean inner = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\'' || c == '’' || c == '-' || c == '&' || c == '.';
            if (!inner) break;
            j++;
        }
        // A full stop closing the word belongs to the dateline ("MOSCOW. Dec 5"), not the place,
        // unless the word is an abbreviation with inner dots ("U.S.", "ST.").
        if (s.charAt(j - 1) == '.' && j - i > 4 && s.substring(i, j - 1).indexOf('.') < 0) j--;
        return j;
    }

    private static boolean isCapitals(String s, int from, int to) {
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2 || to - from == 1;
    }

    private static int letters(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    /** End of a lower-case connector word followed by a space, or -1. */
    private static int connector(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLowerCase(s.charAt(j)) && j - i < 5) j++;
        if (j == i || j >= s.length() || s.charAt(j) != ' ') return -1;
        return CONNECTORS.contains(s.substring(i, j)) ? j : -1;
    }
}
