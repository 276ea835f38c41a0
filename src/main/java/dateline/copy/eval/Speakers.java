package dateline.copy.eval;

import dateline.copy.lexicon.Words;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a found speaker is the gold one, by the real set's README ({@code ../shared/corpus/real}):
 * equal names; a document's or body's parenthesised kind ignored on either side
 * ({@code Country Fire Authority (notice)} ~ {@code Country Fire Authority}); an unnamed source
 * ({@code fire brigade official (unnamed)}) matched by any answer that also calls it unnamed
 * and has the same head noun ({@code an unnamed fire brigade official}); and {@code unknown}
 * (or no gold speaker) matched by no answer. The independent scorer uses the same rules.
 */
final class Speakers {
    private static final Pattern KIND = Pattern.compile("\\s*\\((?!unnamed)[^)]*\\)\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_'-]+");
    /** Words that are never a head noun. */
    private static final List<String> STOP = List.of("a", "an", "the", "of", "at", "in", "on", "for", "and", "who", "unnamed");

    private Speakers() {}

    /** A gold speaker that says the quote cannot be attributed (null, or "unknown"). */
    static boolean unresolved(String gold) {
        return gold == null || gold.isBlank() || gold.strip().equalsIgnoreCase("unknown");
    }

    static boolean same(String gold, String found) {
        if (found == null || gold == null) return false;
        String g = Names.normalSpacing(gold);
        String f = Names.normalSpacing(found);
        if (g.equals(f) || Names.same(g, f)) return true;
        String gk = KIND.matcher(g).replaceFirst("").strip();
        String fk = KIND.matcher(f).replaceFirst("").strip();
        if (gk.equals(fk) || Names.same(gk, fk)) return true;
        if (g.endsWith("(unnamed)") && f.contains("unnamed")) {
            String gh = headNoun(g.replace("(unnamed)", ""));
            String fh = headNoun(f);
            return gh != null && gh.equals(fh);
        }
        return false;
    }

    /** The last word that is not a function word, without a plural s. */
    private static String headNoun(String description) {
        String last = null;
        Matcher words = WORD.matcher(description);
        while (words.find()) if (!STOP.contains(words.group())) last = words.group();
        if (last == null) return null;
        return last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }
}
