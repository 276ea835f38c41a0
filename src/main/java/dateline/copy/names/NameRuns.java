package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the runs of capitalised words in a text that may name something: "Civil Aviation
 * Authority of Nepal", "Erik van Sebille", "Institute of Strategic and International Studies".
 * Joins across "of" only after a head that takes it, across "and" only inside such a complement,
 * and across name particles ("van", "bin") between capitals. One pass, linear in the tokens.
 */
public final class NameRuns {
    private static final Set<String> PARTICLES = Set.copyOf(BundledList.section("name-words.txt", "name particles"));

    private static final Set<String> EVENT_NOUNS = Set.copyOf(BundledList.section("name-words.txt", "event nouns"));
    private static final Set<String> MODIFIER_TAILS = Set.copyOf(BundledList.section("name-words.txt", "modifier tails"));

    private static final Set<String> FIELD_NOUNS = Set.copyOf(BundledList.section("name-words.txt", "field nouns"));

    private static final Set<String> GROUP_POSSESSORS = Set.copyOf(BundledList.section("name-words.txt", "group possessors"));

    /** No name runs longer: this bounds the work per run, so reading stays linear on any input. */
    static final int LONGEST = 12;
    /** "Federal Maritime and Hydrographic Agency": fields joined by "and" are a few words each. */
    private static final int MAX_FIELD_WORDS = 3;

    private NameRuns() {}

    /** Runs as token ranges {from, to}, in order, never overlapping, and never over {@code taken} tokens. */
    static List<int[]> find(Segment segment, boolean[] taken) {
        List<Token> tokens = segment.tokens();
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.start() < segment.from() || taken[i] || !isNameWord(t)) {
                i++;
                continue;
            }
            int end = extend(tokens, i);
            for (int k = i; k < end; k++) {
                if (taken[k]) {
                    end = k;
                    break;
                }
            }
            // "San Francisco-headquartered", "London-based", "Kremlin-backed": the name only
            // modifies a noun, and the README's conventions (and readers) list no entity there.
            // "the Washington-based Shakespeare Theatre Company": the modifier opening it is no part of the name.
            int from = end - i >= 2 && endsInModifier(t) ? i + 1 : i;
            if (!endsInModifier(tokens.get(end - 1)) && !namesAnEvent(tokens, end)) runs.add(new int[] {from, end});
            i = end;
        }
        return runs;
    }

    private static int extend(List<Token> tokens, int from) {
        int j = from + 1;
        // Inside parentheses after a name, "and" joins an expansion: "Seri (Social and Economic ...)".
        boolean inOf = from > 0 && tokens.get(from - 1).is("(");
        boolean list = false;
        while (j < tokens.size() && j - from < LONGEST) {
            Token t = tokens.get(j);
            if (isNameWord(t)) {
                j++;
            } else if (t.is("in") && inOf && fieldInside(tokens, j)) {
                j += 2; // "... in the Sphere of ...": "Sphere" and its "of" follow as name words
            } else if (PARTICLES.contains(t.text()) && next(tokens, j, 1)) {
                j++;
            } else if (t.isPossessive() && next(tokens, j, 1) && (GROUP_POSSESSORS.contains(tokens.get(j - 1).text())
                    || isPluralPossessive(tokens, j) && endsInOrgHead(tokens, j))) {
                j++; // "Donetsk People's Republic", "Women's Aid", "Bus Users' Forum": a possessive inside the name
            } else if ((t.is("on") || t.is("into")) && j - from >= 2 && HeadWords.takesOn(tokens.get(j - 1).text()) && next(tokens, j, 1)) {
                inOf = true; // "Intergovernmental Panel on Climate Change", "Commission of Inquiry into State Capture"
                j++;
            } else if (t.is("for") && j - from == 1 && GroupNames.isPlural(tokens.get(from)) && next(tokens, j, 1) && !opensPersonName(tokens, j)) {
                j += tokens.get(j + 1).is("the") ? 2 : 1; // "Students for Fair Admissions": NameReader decides whether it names a group
            } else if ((t.is("of") && (takesOf(tokens, from, j) || inOf) || t.is("for") && HeadWords.isOrgOfHead(tokens.get(j - 1).text())
                    || (t.is("of") || t.is("for")) && !opensSentenceAlone(tokens, from, j) && endsInOrgHead(tokens, j))
                    && next(tokens, j, 1)) {
                inOf = true;
                j += tokens.get(j + 1).is("the") ? 2 : 1;
            } else if ((t.is("and") || t.is("&")) && (inOf ? (next(tokens, j, list ? 1 : 2) || endsField(tokens, j)) && !opensPersonName(tokens, j)
                    && !closesPersonName(tokens, from, j) : joinsTwoFields(tokens, from, j))) {
                j++;
            } else if (t.is(",") && inOf && next(tokens, j, 1) && j + 2 < tokens.size()
                    && (tokens.get(j + 2).is("and") || tokens.get(j + 2).is(","))) {
                list = true; // "Ministry of Trade, Industry and Fisheries"
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** "Members of X Council": one capitalised word opening the sentence is no name to extend. */
    private static boolean opensSentenceAlone(List<Token> tokens, int from, int j) {
        return j - from == 1 && tokens.get(from).sentenceStart();
    }

    /**
     * "Transport and Infrastructure Ministry", "Health & Science University": two fields before
     * one head. Only a short run with no head of its own joins, so "the Council and Ivan Petrov"
     * and "Alpha Bank and Beta Bank" stay apart.
     */
    private static boolean joinsTwoFields(List<Token> tokens, int from, int and) {
        if (and - from > MAX_FIELD_WORDS || HeadWords.isOrgHead(tokens.get(and - 1).text()) && !isPluralField(tokens, from, and)) return false;
        if (!next(tokens, and, 1) || opensSentenceAlone(tokens, from, and) && and - from > 1) return false;
        int k = and + 1;
        int last = -1;
        for (; k < tokens.size() && k <= and + MAX_FIELD_WORDS && isNameWord(tokens.get(k)); k++) last = k;
        // "Harvard and University of North Carolina", "the House and Senate": a head right after
        // "and" opens a name of its own; a second field needs a word before its head.
        return last > and + 1 && HeadWords.isOrgHead(tokens.get(last).text());
    }

    /**
     * "Securities and Exchange Commission": one plural word before "and" is a field even when a
     * list holds it as a head ("Securities"), if two words or more follow, so "Alpha Bank and
     * Beta Bank" and "the Senate and House" stay apart.
     */
    private static boolean isPluralField(List<Token> tokens, int from, int and) {
        String word = tokens.get(from).text();
        return and - from == 1 && word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")
                && and + 2 < tokens.size() && isNameWord(tokens.get(and + 2));
    }

    /**
     * "Ministry of Industry and Trade.", "Department of Climate Change and Energy": after a field
     * of one or two words, "and" joins one last field word
     * that ends the name; never a demonym ("Ministry of Defence and Russian troops").
     */
    private static boolean endsField(List<Token> tokens, int and) {
        // "Ministry of Industry and Trade", "Federal Service for Labor and Employment".
        boolean twoWordField = and >= 3 && opensField(tokens.get(and - 3)) && isNameWord(tokens.get(and - 2));
        if (and < 2 || !opensField(tokens.get(and - 2)) && !twoWordField || !next(tokens, and, 1)) return false;
        Token field = tokens.get(and + 1);
        Token after = and + 2 < tokens.size() ? tokens.get(and + 2) : null;
        return !field.allCaps() && !Words.isDemonym(field.text())
                && (after == null || !after.word() && !after.isPossessive() || !after.capitalised());
    }

    private static boolean opensField(Token t) { return t.is("of") || t.is("for"); }

    /**
     * "Federal Service for Supervision in the Sphere of Healthcare": the translated names of
     * Russian (and other) state bodies put a field "in the sphere of" or "in the field of" inside
     * the name, after its "for" or "of" complement.
     */
    private static boolean fieldInside(List<Token> tokens, int in) {
        return in + 4 < tokens.size() && tokens.get(in + 1).is("the") && FIELD_NOUNS.contains(tokens.get(in + 2).text())
                && tokens.get(in + 3).is("of") && isNameWord(tokens.get(in + 4));
    }

    /** "Head of the Republic of Crimea Sergey Aksyonov and ...": a first name and surname before "and" end a person, not a field. */
    private static boolean closesPersonName(List<Token> tokens, int from, int and) {
        return and - 2 > from && NameLexicon.isGivenName(tokens.get(and - 2).text());
    }

    /** "the Ministry of Health and Anna Berg": a first name after "and" starts a person, not a field. */
    private static boolean opensPersonName(List<Token> tokens, int and) {
        return and + 1 < tokens.size() && NameLexicon.isGivenName(tokens.get(and + 1).text());
    }

    /** "Users'": a plural's apostrophe with no "s" after it. */
    private static boolean isPluralPossessive(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        return (t.is("'") || t.is("’")) && tokens.get(j - 1).text().endsWith("s");
    }

    /** "Ideas for Peace Foundation": the words after "for" or "of" end in an organisation's head. */
    private static boolean endsInOrgHead(List<Token> tokens, int j) {
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).is("the")) k++;
        int last = -1;
        for (; k < tokens.size() && k < j + 6 && isNameWord(tokens.get(k)); k++) last = k;
        return last > 0 && HeadWords.isOrgHead(tokens.get(last).text());
    }

    private static boolean takesOf(List<Token> tokens, int from, int of) {
        String head = tokens.get(of - 1).text();
        if (HeadWords.takesOf(head)) return true;
        // "Chief of Army Staff", "Secretary of State": a title that takes its portfolio.
        return of - 1 == from && TitleLexicon.isTitle(head);
    }

    /** Whether {@code count} name words follow position {@code j} (skipping one "the"). */
    private static boolean next(List<Token> tokens, int j, int count) {
        int k = j + 1;
        if (k < tokens.size() && tokens.get(k).is("the") && (tokens.get(j).is("of") || tokens.get(j).is("for"))) k++;
        for (int c = 0; c < count; c++, k++) {
            if (k >= tokens.size() || !isNameWord(tokens.get(k))) return false;
        }
        return true;
    }

    /** "its annual Camp Strava event", "the Glastonbury festival": the name of an event, which is no entity. */
    private static boolean namesAnEvent(List<Token> tokens, int end) {
        return end < tokens.size() && tokens.get(end).word() && !tokens.get(end).capitalised()
                && EVENT_NOUNS.contains(tokens.get(end).text());
    }

    /** A capitalised word hyphened to a lower-case participle or adjective ("Moscow-based", "US-led", "UN-run"). */
    private static boolean endsInModifier(Token t) {
        String text = t.text();
        int hyphen = text.lastIndexOf('-');
        if (hyphen <= 0 || hyphen + 3 > text.length()) return false;
        String tail = text.substring(hyphen + 1);
        if (!tail.equals(tail.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetter(tail.charAt(0))) return false;
        return tail.endsWith("ed") || MODIFIER_TAILS.contains(tail);
    }

    static boolean isNameWord(Token t) {
        return t.word() && t.capitalised() && !t.hasDigit();
    }
}
