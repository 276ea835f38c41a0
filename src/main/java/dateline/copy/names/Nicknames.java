package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nicknames of bodies that copy prints beside their names ("the Tories", "the Conservatives"),
 * from organisation-words.txt's [nicknames]: a nickname joins a name the story also prints, and
 * is listed as printed when the story has no other name for the body.
 */
final class Nicknames {
    private static final Map<String, List<String>> NAMES = read();

    private Nicknames() {}

    private static Map<String, List<String>> read() {
        Map<String, List<String>> names = new HashMap<>();
        for (String line : BundledList.section("organisation-words.txt", "nicknames")) {
            List<String> parts = List.of(line.split("\\|"));
            if (parts.size() > 1) names.put(parts.get(0), List.copyOf(parts.subList(1, parts.size())));
        }
        return Map.copyOf(names);
    }

    /** The names a nickname stands for, in order of preference; none for any other name. */
    static List<String> namesFor(String nickname) { return NAMES.getOrDefault(nickname, List.of()); }
}
