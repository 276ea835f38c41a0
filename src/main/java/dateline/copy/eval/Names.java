package dateline.copy.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        int[] exact = pair(gold, found, Names::same);
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

    /**
     * People only: "Antonov" stands for "Anatoly Antonov" when no other person on the same side
     * shares that surname, so an alias never hides a confusion between two people.
     */
    static BiPredicate<String, String> surnameAlias(List<String> gold, List<String> found) {
        Map<String, Integer> goldSurnames = surnameCounts(gold);
        Map<String, Integer> foundSurnames = surnameCounts(found);
        return (g, f) -> {
            String gn = normal(g);
            String fn = normal(f);
            boolean goldShort = !gn.contains(" ") && gn.equals(lastToken(fn));
            boolean foundShort = !fn.contains(" ") && fn.equals(lastToken(gn));
            String surname = goldShort ? gn : fn;
            return (goldShort || foundShort) && goldSurnames.getOrDefault(surname, 0) <= 1
                    && foundSurnames.getOrDefault(surname, 0) <= 1;
        };
    }

    private static Map<String, Integer> surnameCounts(List<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : names) counts.merge(lastToken(normal(name)), 1, Integer::sum);
        return counts;
    }

    private static String lastToken(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
