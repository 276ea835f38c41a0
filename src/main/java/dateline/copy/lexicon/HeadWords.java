package dateline.copy.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that say what kind of thing a capitalised name is: its head ("Supreme State
 * Council", "Kherson Region"), a head that takes "of" ("University of ...", "Gulf of ..."), the
 * lower-case type noun after it ("Postimees newspaper"), the prepositions before places.
 */
public final class HeadWords {
    private static final Map<String, List<String>> ORG = BundledList.sections("organisation-words.txt");
    private static final Map<String, List<String>> PLACE = BundledList.sections("place-words.txt");
    private static final Set<String> ORG_HEADS = Set.copyOf(ORG.get("heads"));
    private static final Set<String> ORG_OF_HEADS = Set.copyOf(ORG.get("of-heads"));
    private static final Set<String> ORG_ON_HEADS = Set.copyOf(ORG.get("on-heads"));
    private static final Set<String> ORG_TYPES = Set.copyOf(ORG.get("types"));
    private static final Set<String> NATIONAL_BODIES = Set.copyOf(ORG.get("national bodies"));
    private static final Set<String> PLACE_HEADS = Set.copyOf(PLACE.get("heads"));
    private static final Set<String> PLACE_OF_HEADS = Set.copyOf(PLACE.get("of-heads"));
    private static final Set<String> LOCATIVES = Set.copyOf(PLACE.get("prepositions"));
    private static final Set<String> EVENT_HEADS = Set.copyOf(BundledList.words("event-words.txt"));

    private HeadWords() {}

    /** "Council", and plurals such as "Hospitals" of heads in the list. */
    public static boolean isOrgHead(String word) {
        return ORG_HEADS.contains(word) || word.length() > 4 && word.endsWith("s") && ORG_HEADS.contains(word.substring(0, word.length() - 1));
    }

    public static boolean isPlaceHead(String word) { return PLACE_HEADS.contains(word); }

    /** "Ministry", "Agency", "Air Force": heads of a state's bodies, named with its adjective ("Russian Defense Ministry"). */
    public static boolean isNationalBody(String word) { return NATIONAL_BODIES.contains(word); }

    public static boolean takesOf(String word) { return ORG_OF_HEADS.contains(word) || PLACE_OF_HEADS.contains(word); }

    /** "Center for ...", "Ministry of ...": an organisation's head that takes a complement. */
    public static boolean isOrgOfHead(String word) { return ORG_OF_HEADS.contains(word); }

    /** "Panel on ...", "Inquiry into ...": a head whose subject follows "on" or "into". */
    public static boolean takesOn(String word) { return ORG_ON_HEADS.contains(word); }

    /** "Day", "Agreement", "Act": the name is an event, law or plan, not an entity. */
    public static boolean isEventHead(String word) { return EVENT_HEADS.contains(word); }

    public static boolean isOrgType(String lowerWord) { return ORG_TYPES.contains(lowerWord); }

    public static boolean isLocative(String lowerWord) { return LOCATIVES.contains(lowerWord); }
}
