package dateline.copy.layout;

import dateline.copy.lexicon.BundledList;
import dateline.copy.text.Whitespace;

import java.util.Locale;
import java.util.Set;

/**
 * A page title keeps the site's name after the headline: "Floods hit Kenya | World news | The
 * Guardian", "Floods hit Kenya - BBC News". The headline is what stands before it. A bar cuts
 * when every segment after it is a short capitalised label; a hyphen or en dash only before a
 * site the data knows (furniture-lines.txt, [site names]), since TASS and others end headlines
 * with a dash and a source of their own ("... — Putin", "... — Xinhua").
 */
final class SiteName {
    private static final Set<String> SITES = Set.copyOf(BundledList.section("furniture-lines.txt", "site names"));
    /**
     * Words longer than twice the longest site name cannot name one (lower-casing at most halves a
     * length), so every story line is ruled out without being lower-cased and hashed.
     */
    private static final int MAX_SITE_CHARS = 2 * SITES.stream().mapToInt(String::length).max().orElse(0);
    /** Page titles join with a hyphen or an en dash; an em dash before a source is the headline's own. */
    private static final String[] DASHES = {" -- ", " - ", " – "};
    private static final int MAX_LABEL_WORDS = 5;
    private static final int MAX_WRITER_WORDS = 4;
    private static final String[] CREDIT_JOINTS = {", ", " | ", " / ", "/"};
    /** "Live | Ukraine war latest" is a label before the headline, not a headline before a label. */
    private static final int MIN_HEADLINE_WORDS = 4;

    private SiteName() {}

    /** The headline without a site name or section labels the page title appended. */
    static String cut(String title) {
        String headline = Whitespace.trim(title);
        int bar = headline.indexOf(" | ");
        if (bar > 0 && Whitespace.countWords(headline.substring(0, bar), MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS
                && labelsOnly(headline.substring(bar + 3))) headline = Whitespace.trim(headline.substring(0, bar));
        for (String dash : DASHES) {
            int at = headline.lastIndexOf(dash);
            if (at > 0 && SITES.contains(Whitespace.trim(headline.substring(at + dash.length())).toLowerCase(Locale.ROOT))) {
                return Whitespace.trim(headline.substring(0, at));
            }
        }
        return headline.equals(Whitespace.trim(title)) ? title : headline;
    }

    /** Whether the words name a news site or agency the data knows ("BBC News", "AFP"). */
    static boolean isSite(String words) {
        String site = Whitespace.trim(words);
        return site.length() <= MAX_SITE_CHARS && SITES.contains(site.toLowerCase(Locale.ROOT));
    }

    /**
     * A credit line naming only a site, or a writer and a site: "AFP", "— Reuters", "Jane Roe,
     * Reuters", "Jane Roe | CNN", "Jane Roe / AFP", "Reuters/Jane Roe". The writer is a few
     * capitalised words; the site one the data knows.
     */
    static boolean isCredit(String line) {
        String t = Whitespace.trim(line);
        int start = 0;
        while (start < t.length() && "-–—(".indexOf(t.charAt(start)) >= 0 || start < t.length() && t.charAt(start) == ' ') start++;
        t = t.substring(start);
        if (t.endsWith(")") && start > 0) t = t.substring(0, t.length() - 1);
        if (isSite(t)) return true;
        for (String joint : CREDIT_JOINTS) {
            // indexOf (a vectorised intrinsic) first: most lines hold no " | " or "/" at all.
            int at = t.indexOf(joint) < 0 ? -1 : t.lastIndexOf(joint);
            if (at > 0 && isSite(t.substring(at + joint.length())) && isWriter(t.substring(0, at))) return true;
        }
        // A photo credit may name the agency first: "Reuters/Jane Roe".
        int slash = t.indexOf('/');
        return slash > 0 && isSite(t.substring(0, slash)) && isWriter(t.substring(slash + 1));
    }

    private static boolean isWriter(String words) {
        String w = Whitespace.trim(words);
        if (w.isEmpty() || Whitespace.countWords(w, MAX_WRITER_WORDS + 1) > MAX_WRITER_WORDS) return false;
        for (String word : w.split(" +")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        }
        return true;
    }

    /** "World news | The Guardian": each segment a few words, opening with a capital. */
    private static boolean labelsOnly(String tail) {
        for (String segment : tail.split(" \\| ")) {
            String label = Whitespace.trim(segment);
            if (label.isEmpty() || !Character.isUpperCase(label.charAt(0))
                    || Whitespace.countWords(label, MAX_LABEL_WORDS + 1) > MAX_LABEL_WORDS) return false;
        }
        return true;
    }
}
