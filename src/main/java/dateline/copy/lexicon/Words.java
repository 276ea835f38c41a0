package dateline.copy.lexicon;

import dateline.copy.text.Token;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The plain words of news prose the finders need: common words, demonyms, reporting verbs. */
public final class Words {
    private static final Set<String> COMMON = Set.copyOf(BundledList.words("common-words.txt"));
    private static final Set<String> REPORTING = Set.copyOf(BundledList.words("reporting-verbs.txt"));
    private static final Map<String, String> DEMONYMS = demonyms();
    private static final Map<String, String> ADJECTIVES = adjectives();

    private Words() {}

    /** A word that does not name anything on its own ("The", "However", "Monday"), any case. */
    public static boolean isCommon(String word) { return isCommonLower(word.toLowerCase(Locale.ROOT)); }

    /** {@link #isCommon(String)} for a token, on its cached lower-case form. */
    public static boolean isCommon(Token t) { return isCommonLower(t.lower()); }

    private static boolean isCommonLower(String lower) {
        if (COMMON.contains(lower)) return true;
        int hyphen = lower.indexOf('-');
        // "July-September", "Monday-Friday": a range of plain words is plain too.
        return hyphen > 0 && COMMON.contains(lower.substring(0, hyphen)) && COMMON.contains(lower.substring(hyphen + 1));
    }

    /** {@link #isReporting(String)} for a token, on its cached lower-case form. */
    public static boolean isReporting(Token t) { return REPORTING.contains(t.lower()); }

    /** A verb or noun of speech ("said", "noted", "calling", "remarks"), any case. */
    public static boolean isReporting(String word) { return REPORTING.contains(word.toLowerCase(Locale.ROOT)); }

    /** "Russian" and "Russians", not "Russia": a mention only as adjective or people is no entity. */
    public static boolean isDemonym(String word) { return DEMONYMS.containsKey(word); }

    private static final Set<String> CALENDAR_AND_ARTICLES = Set.copyOf(BundledList.section("grammar-words.txt", "calendar and articles"));

    /** Dates and articles, which never start a name even mid-sentence ("last Monday", "The"). */
    public static boolean isCalendarOrArticle(String word) { return CALENDAR_AND_ARTICLES.contains(word.toLowerCase(Locale.ROOT)); }

    /** "Russian" for "Russia": the first adjective demonyms.txt gives a place, or null. */
    public static String adjectiveOf(String place) { return ADJECTIVES.get(place); }

    private static Map<String, String> adjectives() {
        Map<String, String> map = new HashMap<>();
        for (String line : BundledList.lines("demonyms.txt")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            map.putIfAbsent(line.substring(eq + 1).strip(), line.substring(0, eq).split("\\|")[0].strip());
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> demonyms() {
        Map<String, String> map = new HashMap<>();
        for (String line : BundledList.lines("demonyms.txt")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            for (String word : line.substring(0, eq).split("\\|")) map.put(word.strip(), line.substring(eq + 1).strip());
        }
        return Map.copyOf(map);
    }
}
