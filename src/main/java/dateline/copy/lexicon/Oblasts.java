package dateline.copy.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * Regions named after their centres that copy writes with a lower-case "region" ("the Kursk
 * region", "Kharkiv oblast"): there the phrase is the region's name, not the city's and a common
 * noun. Elsewhere "the Valencia region" is only Valencia, so the list, not the phrase, decides.
 */
public final class Oblasts {
    private static final Set<String> NAMES = names();

    private Oblasts() {}

    /** Whether a name, as its tokens joined by single spaces ("Nizhny Novgorod"), is one of the list's. */
    public static boolean isOblast(String key) { return NAMES.contains(key); }

    /** "region" or "oblast" written in lower case after the name. */
    public static boolean isRegionNoun(String word) { return word.equals("region") || word.equals("oblast"); }

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String line : BundledList.lines("oblasts.txt")) if (!line.startsWith("[")) names.add(Lexicon.key(line));
        return Set.copyOf(names);
    }
}
