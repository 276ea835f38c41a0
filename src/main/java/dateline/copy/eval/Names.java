package dateline.copy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * How eval compares names and short texts: without case, surrounding spaces and punctuation,
 * a leading "the", or the difference between straight and curly apostrophes; and how it pairs
 * the items of two lists one to one.
 */
final class Names {
    private static final String SURROUNDING = " \t\u00A0,.;:/()[]-—–\"“”'‘’«»";

    private Names() {}

    static String normal(String text) {
        if (text == null) return null;
        String s = text.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        int start = 0;
        int end = s.length();
        while (start < end && SURROUNDING.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && SURROUNDING.indexOf(s.charAt(end - 1)) >= 0) end--;
        s = s.substring(start, end).replaceAll("\\s+", " ");
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * Compatibility-normalised (NFKC), straight quotes for curly ones, no-break spaces and runs of
     * white space as one space, lower case: the independent scorer's {@code norm}.
     */
    static String normalSpacing(String text) {
        if (text == null) return null;
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replace('\u00A0', ' ')
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Only letters, digits and single spaces: how quote openings are compared. */
    static String wordsOnly(String text) {
        if (text == null) return "";
        return normalSpacing(text).replaceAll("[^\\p{L}\\p{N}\\p{M}_]+", " ").strip();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    /** Pairs gold and found items one to one, in order, by the predicate; returns found index per gold item or -1. */
    static <G, F> int[] pair(List<G> gold, List<F> found, BiPredicate<G, F> match) {
        int[] pairs = new int[gold.size()];
        boolean[] used = new boolean[found.size()];
        for (int g = 0; g < gold.size(); g++) {
            pairs[g] = -1;
            for (int f = 0; f < found.size() && pairs[g] < 0; f++) {
                if (!used[f] && match.test(gold.get(g), found.get(f))) {
                    pairs[g] = f;
                    used[f] = true;
                }
            }
        }
        return pairs;
    }

    /** Scores a list of names: exact (normalised) pairs first, then the given alias rule. */
    static FieldScore score(String field, List<String> gold, List<String> found, BiPredicate<String, String> alias) {
        return score(field, gold, found, alias, Names::same);
    }

    /** As above, with the rule for an exact pair given. */
    static FieldScore score(String field, List<String> gold, List<String> found, BiPredicate<String, String> alias,
            BiPredicate<String, String> equal) {
        int[] exact = pair(gold, found, equal);
        List<String> goldLeft = new ArrayList<>();
        List<String> foundLeft = new ArrayList<>(found);
        int matched = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (exact[g] >= 0) matched++;
            else goldLeft.add(gold.get(g));
        }
        for (int g = gold.size() - 1; g >= 0; g--) if (exact[g] >= 0) foundLeft.set(exact[g], null);
        foundLeft.removeIf(java.util.Objects::isNull);
        int[] aliased = pair(goldLeft, foundLeft, alias);
        List<String> missed = new ArrayList<>();
        boolean[] used = new boolean[foundLeft.size()];
        for (int g = 0; g < goldLeft.size(); g++) {
            if (aliased[g] >= 0) { matched++; used[aliased[g]] = true; } else missed.add(goldLeft.get(g));
        }
        List<String> falseAlarms = new ArrayList<>();
        for (int f = 0; f < foundLeft.size(); f++) if (!used[f]) falseAlarms.add(foundLeft.get(f));
        return FieldScore.matched(field, matched, missed, falseAlarms);
    }

}
