package dateline.copy.eval;

import dateline.copy.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How entity names are compared, by the real set's README ({@code ../shared/corpus/real}): without
 * case, a leading "the", "Kingdom of", "Republic of" or "State of", and a trailing legal form
 * ("Inc.", "Corp", "Ltd"); and a name and its acronym are one ({@code NATO} ~ {@code North
 * Atlantic Treaty Organization}, {@code U.S.} ~ {@code United States}). The independent scorer
 * ({@code ../shared/tools/score_copy.py}) uses the same rules, so the two agree.
 */
final class EntityNames {
    private static final Pattern STATE = Pattern.compile("^(the |kingdom of |republic of |state of |people's republic of )");
    private static final Pattern LEGAL = Pattern.compile(
            "[,\\s]+(pvt\\.? ltd|private limited|inc|corp|corporation|co|ltd|llc|plc|ag|sa|nv)\\.?$");
    /** Words an acronym skips: "Organisation of the Petroleum Exporting Countries" is OPEC. */
    private static final List<String> SMALL = List.of("of", "the", "and", "for", "&", "on", "in");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'-]+");

    private EntityNames() {}

    /** The name as compared. */
    static String key(String name) {
        String n = Names.normalSpacing(name);
        n = STATE.matcher(n).replaceFirst("");
        return LEGAL.matcher(n).replaceFirst("").strip();
    }

    /** True when one name is the other's acronym (at least two letters). */
    static boolean acronymOf(String gold, String found) {
        String g = key(gold).replace(".", "").replace(" ", "");
        String f = key(found).replace(".", "").replace(" ", "");
        return (f.length() >= 2 && f.equals(acronym(key(gold)))) || (g.length() >= 2 && g.equals(acronym(key(found))));
    }

    private static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        var words = WORD.matcher(name);
        while (words.find()) {
            String w = words.group();
            if (!SMALL.contains(w)) letters.append(w.charAt(0));
        }
        return letters.toString();
    }

    /** Scores a list of entity names: equal keys first, then acronyms, each item paired once. */
    static FieldScore score(String field, List<String> gold, List<String> found) {
        List<String> goldKeys = distinct(gold);
        List<String> foundKeys = distinct(found);
        return Names.score(field, goldKeys, foundKeys, EntityNames::acronymOf, (a, b) -> a.equals(b));
    }

    /** Keys, each once: a name listed twice in one form is one entity (the gold is a set). */
    private static List<String> distinct(List<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            String k = key(name).toLowerCase(Locale.ROOT);
            if (!k.isEmpty() && !keys.contains(k)) keys.add(k);
        }
        return keys;
    }
}
