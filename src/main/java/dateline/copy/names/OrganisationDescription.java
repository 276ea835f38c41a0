package dateline.copy.names;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An organisation described in lower case before (or after) it is named: "Nepal's civil
 * aviation authority" is the Civil Aviation Authority of Nepal. Matches when every content word
 * of the description occurs in the organisation's name; the best match shares the most words.
 */
public final class OrganisationDescription {
    /** Organisations compared at most, in order of first mention; keeps any story linear. */
    private static final int LIMIT = 200;

    private OrganisationDescription() {}

    public static String match(Segment s, int from, int to, List<String> organisations) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (t.word() && !Words.isCommon(t)) words.add(t.lower());
        }
        if (words.size() < 2 || words.size() > 8) return null;
        String best = null;
        int bestShared = 0;
        for (int k = 0; k < organisations.size() && k < LIMIT; k++) {
            String name = " " + organisations.get(k).toLowerCase(Locale.ROOT) + " ";
            int shared = 0;
            int lowerMissing = 0;
            for (String w : words) {
                if (name.contains(" " + w + " ")) shared++;
                else if (Character.isLowerCase(w.charAt(0)) && !isCapitalisedIn(s, from, to, w)) lowerMissing++;
            }
            if (lowerMissing == 0 && shared >= 2 && shared > bestShared) {
                best = organisations.get(k);
                bestShared = shared;
            }
        }
        return best;
    }

    private static boolean isCapitalisedIn(Segment s, int from, int to, String lower) {
        for (int i = from; i < to; i++) {
            if (s.tokens().get(i).lower().equals(lower)) return s.tokens().get(i).capitalised();
        }
        return false;
    }
}
