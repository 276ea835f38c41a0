package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the words around a name say about it: a title or role before it ("spokesperson Ahmed",
 * "husband, Dao"), an apposition after it ("Niroula, a CAAN spokesperson"), a reporting verb
 * ("Soelistyo said"), a preposition of place ("in Kazan"), a type noun ("Postimees newspaper").
 */
public final class NameCues {
    private static final Set<String> ADVERBS = Set.copyOf(BundledList.section("grammar-words.txt", "adverbs before a verb"));

    private NameCues() {}

    /** Role classes of the titles written just before tokens [from, ...) or in an apposition after [.., to). */
    public static Set<String> titles(Segment s, int from, int to) {
        Set<String> classes = new HashSet<>();
        int k = from - 1;
        if (k >= 0 && s.tokens().get(k).is(",")) k--;
        for (int back = 0; back < 4 && k >= 0 && s.tokens().get(k).word(); back++, k--) {
            addTitle(classes, s.tokens(), k, from);
        }
        int a = to;
        if (at(s, a, ",")) {
            a++;
            if (isArticle(s.token(a))) a++;
            for (int fwd = 0; fwd < 6 && s.token(a) != null && s.token(a).word(); fwd++, a++) {
                addTitle(classes, s.tokens(), a, a + 1);
                if (fwd == 0 && !classes.isEmpty()) break;
            }
        }
        return classes;
    }

    private static void addTitle(Set<String> classes, List<Token> tokens, int k, int limit) {
        int longest = TitleLexicon.longestStartingWith(tokens.get(k).text());
        for (int len = Math.min(longest, limit - k); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            for (int i = k; i < k + len; i++) sb.append(i > k ? " " : "").append(tokens.get(i).text());
            Set<String> found = TitleLexicon.classesOf(sb.toString());
            if (!found.isEmpty()) {
                classes.addAll(found);
                return;
            }
        }
    }

    /** "Soelistyo said", "Bezdetko also recalled", "said Wang", "according to Vasilenko". */
    public static boolean speaks(Segment s, int from, int to) {
        int k = to;
        while (s.token(k) != null && ADVERBS.contains(s.token(k).lower())) k++;
        Token after = s.token(k);
        if (after != null && after.word() && Words.isReporting(after) && !after.lower().equals("according")) return true;
        Token before = s.token(from - 1);
        if (before != null && (before.is("said") || before.is("says"))) return true;
        return before != null && before.is("to") && s.token(from - 2) != null && s.token(from - 2).lower().equals("according");
    }

    /** "Soelistyo, head of ...", "Niroula, a CAAN spokesperson": a title in apposition. */
    public static boolean hasApposition(Segment s, int to) {
        if (!at(s, to, ",")) return false;
        int a = to + 1;
        if (isArticle(s.token(a))) a++;
        for (int fwd = 0; fwd < 4 && s.token(a) != null && s.token(a).word(); fwd++, a++) {
            if (!TitleLexicon.classesOf(s.token(a).text()).isEmpty() && !s.token(a).capitalised()) return true;
        }
        return false;
    }

    /** A lower-case title or role just before: "spokesperson Mark Wright", "minister Shiza". */
    static boolean titledBefore(Segment s, int from) {
        Token before = s.token(from - 1);
        if (before != null && before.is(",")) before = s.token(from - 2);
        return before != null && before.word() && !before.capitalised() && TitleLexicon.isTitle(before.text());
    }

    /**
     * "the town of Rafina", "residents of Mayur Vihar", "Kajiado and Taita Taveta counties":
     * a place noun names the words as a place, whatever follows them.
     */
    static boolean namedAsPlace(Segment s, int from, int to) {
        if (constituency(s, from)) return true;
        Token before = s.token(from - 1);
        Token noun = s.token(from - 2);
        if (before != null && before.is("of") && noun != null && (isPlaceNoun(noun) || PEOPLE_OF.contains(noun.lower()))) return true;
        int k = to;
        // "Tarsk and Mell counties", "the Tarna, Velm and Oska rivers": the plural names them all.
        if (isListSeparator(s.token(k))) return pluralEndsList(s, k);
        Token after = s.token(k);
        return after != null && after.word() && !after.capitalised() && (isPlaceNoun(after) || PLACE_PLURALS.contains(after.text()));
    }

    /** Whether the items of a list from the separator at {@code k} end in a plural place noun. */
    private static boolean pluralEndsList(Segment s, int k) {
        for (int items = 0; items < MAX_LIST_ITEMS && isListSeparator(s.token(k)); items++) {
            k++;
            if (s.token(k) != null && (s.token(k).is("and") || s.token(k).is("or") || s.token(k).is("the"))) k++;
            int start = k;
            for (int n = 0; n < MAX_ITEM_WORDS && s.token(k) != null && s.token(k).capitalised(); n++) k++;
            if (k == start) return false;
        }
        Token plural = s.token(k);
        return plural != null && PLACE_PLURALS.contains(plural.text());
    }

    private static boolean isListSeparator(Token t) {
        return t != null && (t.is("and") || t.is(",") || t.is("or"));
    }

    /** A list of places after "in" has a few items of a few words each. */
    private static final int MAX_LIST_ITEMS = 6;
    private static final int MAX_ITEM_WORDS = 3;

    private static final Set<String> PEOPLE_OF = Set.copyOf(BundledList.section("name-words.txt", "people of a place"));
    private static final Set<String> PLACE_PLURALS = Set.copyOf(BundledList.section("name-words.txt", "place plurals"));
    private static final Set<String> REPRESENTATIVES = BundledList.sectionWords("name-words.txt", "representatives");

    /** "the MP for Tottenham", "the MSP for Dundee East": a member's constituency is a place. */
    static boolean constituency(Segment s, int from) {
        Token before = s.token(from - 1);
        Token member = s.token(from - 2);
        return before != null && before.is("for") && member != null && member.word() && REPRESENTATIVES.contains(member.text());
    }

    /** "in neighbouring Kokrahjar": a word of position between the locative and the place. */
    private static final Set<String> LOCATIVE_ADJECTIVES = BundledList.sectionWords("name-words.txt", "locative adjectives");

    static boolean afterLocative(Segment s, int from) {
        return directlyAfterLocative(s, from) || inPlaceList(s, from);
    }

    /**
     * "in Raub, Bentong and Lipis": the later items of a list a locative opens. The list must be
     * closed by "and" or "or", so "In Paris, officials said" gives nothing after the comma.
     */
    private static boolean inPlaceList(Segment s, int from) {
        boolean closed = followedByAnd(s, from);
        int at = from - 1;
        for (int items = 0; items < MAX_LIST_ITEMS; items++) {
            Token sep = s.token(at);
            if (!isListSeparator(sep)) return false;
            closed |= !sep.is(",");
            if (!sep.is(",") && s.token(at - 1) != null && s.token(at - 1).is(",")) at--;
            int k = at - 1;
            while (k >= 0 && at - 1 - k < MAX_ITEM_WORDS && s.token(k) != null && NameRuns.isNameWord(s.token(k))) k--;
            if (k == at - 1) return false;
            if (directlyAfterLocative(s, k + 1)) return closed;
            at = k;
        }
        return false;
    }

    /** Whether "and" or "or" follows the few name words starting at {@code from}. */
    private static boolean followedByAnd(Segment s, int from) {
        int k = from;
        while (k - from < MAX_ITEM_WORDS && s.token(k) != null && NameRuns.isNameWord(s.token(k))) k++;
        Token next = s.token(k);
        return next != null && (next.is("and") || next.is("or"));
    }

    private static boolean directlyAfterLocative(Segment s, int from) {
        int at = from - 1;
        if (s.token(at) != null && s.token(at).word() && LOCATIVE_ADJECTIVES.contains(s.token(at).text())) at--;
        if (s.token(at) != null && s.token(at).is("the")) at--;
        Token before = s.token(at);
        Token noun = s.token(at - 1);
        // "the town of Faenza", "the districts of La Ribera and La Safor"
        if (before != null && before.is("of") && (isPlaceNoun(noun) || noun != null && PLACE_PLURALS.contains(noun.text()))) return true;
        if (before == null || !before.word() || !HeadWords.isLocative(before.lower())) return false;
        Token two = s.token(at - 1);
        return !(before.is("to") && two != null && two.lower().equals("according"));
    }

    /** "research firm Counterpoint", "analyst at Counterpoint Research": an employer or a typed name. */
    static boolean namesOrganisation(Segment s, int from) {
        Token before = s.token(from - 1);
        if (before == null || !before.word() || before.capitalised()) return false;
        if (HeadWords.isOrgType(before.text())) return true;
        Token title = s.token(from - 2);
        return (before.is("at") || before.is("for")) && title != null && title.word() && !title.capitalised()
                && TitleLexicon.isTitle(title.text());
    }

    /** "the town of Faenza": a lower-case place noun taking the name. */
    private static boolean isPlaceNoun(Token t) {
        return t != null && t.word() && !t.capitalised() && HeadWords.isPlaceHead(capitalise(t.text()));
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "Postimees newspaper", "Pakistan Tehreek-e-Insaaf party", "the DyN news agency", "N24 TV channel". */
    static boolean typedAsOrganisation(Segment s, int to) {
        Token after = s.token(to);
        if (after != null && after.word() && MEDIA.contains(after.lower())) {
            Token type = s.token(to + 1);
            return type != null && type.word() && !type.capitalised() && (HeadWords.isOrgType(type.text()) || type.is("station"));
        }
        return after != null && after.word() && !after.capitalised() && HeadWords.isOrgType(after.text());
    }

    /** Words naming a medium between a broadcaster's name and its type ("Cadena 3 radio station"). */
    private static final Set<String> MEDIA = Set.of("news", "radio", "tv", "television");

    /** A model, flight or article number right after: "ATR 72", "Article 19". */
    static boolean numbered(Segment s, int to) {
        Token after = s.token(to);
        return after != null && after.word() && after.hasDigit();
    }

    static boolean precededByArticle(Segment s, int from) {
        Token before = s.token(from - 1);
        return before != null && before.word() && Words.isCalendarOrArticle(before.text()) && before.text().length() <= 3;
    }

    /** "Information Technology minister Shiza": words that only qualify the title after them. */
    static boolean qualifiesTitle(Segment s, int to) {
        Token after = s.token(to);
        return after != null && after.word() && !after.capitalised() && TitleLexicon.isTitle(after.text());
    }

    /** "Jinggu County, Pu'er,": a name standing after a place and a comma, and before punctuation. */
    static boolean followsPlace(Segment s, int from) {
        Token comma = s.token(from - 1);
        Token place = s.token(from - 2);
        Token after = s.token(from + 1);
        return comma != null && comma.is(",") && place != null && HeadWords.isPlaceHead(place.text())
                && (after == null || !after.word());
    }

    static boolean at(Segment s, int i, String text) {
        Token t = s.token(i);
        return t != null && t.is(text);
    }

    private static boolean isArticle(Token t) {
        return t != null && (t.is("a") || t.is("an") || t.is("the"));
    }

    /**
     * "Volunteer Mark Delgado said", "Farmer Ana Ruiz lost ...": a word capitalised only because it
     * opens the sentence, before a first name, is the person's role, not part of the name.
     */
    static boolean opensWithRoleWord(Segment s, int a, int b) {
        Token first = s.tokens().get(a);
        return b - a >= 3 && first.sentenceStart() && !NameLexicon.isGivenName(first.text())
                && NameLexicon.isGivenName(s.tokens().get(a + 1).text());
    }
}
