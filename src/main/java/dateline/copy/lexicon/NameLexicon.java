package dateline.copy.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Given names (with the sex they usually mark) and the honorifics and titles written before names. */
public final class NameLexicon {
    public enum Sex { MALE, FEMALE, UNKNOWN }

    private static final Map<String, Sex> GIVEN = givenNames();
    private static final Set<String> HONORIFICS = Set.copyOf(BundledList.lines("honorifics.txt"));

    private NameLexicon() {}

    public static boolean isGivenName(String word) { return GIVEN.containsKey(word); }

    public static Sex sexOf(String givenName) { return GIVEN.getOrDefault(givenName, Sex.UNKNOWN); }

    /** "Mr", "Datuk", "Lt.", "President", "Minister": left out of a person's canonical name. */
    public static boolean isHonorific(String word) { return HONORIFICS.contains(word); }

    private static Map<String, Sex> givenNames() {
        Map<String, Sex> map = new HashMap<>();
        for (String line : BundledList.lines("given-names.txt")) {
            List<String> words = List.of(line.split("\\s+"));
            for (int i = 0; i + 1 < words.size(); i += 2) {
                String sex = words.get(i + 1);
                map.put(words.get(i), sex.equals("m") ? Sex.MALE : sex.equals("f") ? Sex.FEMALE : Sex.UNKNOWN);
            }
        }
        return Map.copyOf(map);
    }
}
