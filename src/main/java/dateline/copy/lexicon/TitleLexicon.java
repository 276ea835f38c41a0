package dateline.copy.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles and roles ("ambassador", "prime minister", "spokesperson") and the role classes they
 * belong to, so that a back-reference finds the person it means: "the diplomat" is whoever the
 * story called an ambassador, envoy or diplomat; "the Russian leader" its president.
 */
public final class TitleLexicon {
    private static final Map<String, Set<String>> CLASSES = classes();
    private static final Map<String, String> MEANING = meanings();
    private static final Map<String, Integer> LENGTHS = lengths();

    private TitleLexicon() {}

    /** The role classes of a title phrase in any case, or an empty set when it is none. */
    public static Set<String> classesOf(String phrase) {
        return CLASSES.getOrDefault(phrase.toLowerCase(Locale.ROOT), Set.of());
    }

    /** How many words the longest title starting with this word (any case) has; 0 when none. */
    public static int longestStartingWith(String word) { return LENGTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0); }

    private static Map<String, Integer> lengths() {
        Map<String, Integer> lengths = new HashMap<>();
        for (String title : CLASSES.keySet()) {
            String[] words = title.split(" ");
            lengths.merge(words[0], words.length, Math::max);
        }
        return Map.copyOf(lengths);
    }

    public static boolean isTitle(String phrase) { return CLASSES.containsKey(phrase.toLowerCase(Locale.ROOT)); }

    /**
     * Whether a person with titles of {@code titleClasses} can be called "the {@code roleNoun}":
     * the noun's first class is what it means ("diplomat"), and the titles must include it.
     */
    public static boolean fits(String roleNoun, Set<String> titleClasses) {
        String meaning = MEANING.get(roleNoun.toLowerCase(Locale.ROOT));
        return meaning != null && titleClasses.contains(meaning);
    }

    private static Map<String, Set<String>> classes() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : BundledList.lines("titles.txt")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            map.put(line.substring(0, eq).strip(), Set.copyOf(List.of(line.substring(eq + 1).strip().split(","))));
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> meanings() {
        Map<String, String> map = new HashMap<>();
        for (String line : BundledList.lines("titles.txt")) {
            int eq = line.indexOf('=');
            if (eq > 0) map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip().split(",")[0]);
        }
        return Map.copyOf(map);
    }
}
