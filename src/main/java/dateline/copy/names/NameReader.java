package dateline.copy.names;

import dateline.copy.lexicon.BundledList;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.text.Segment;
import dateline.copy.lexicon.TitleLexicon;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import dateline.story.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the capitalised runs of one text as candidate names. In order: a known name
 * (lexicon or archive), a name with its acronym in parentheses, a title before a person's name,
 * a head word ("Council", "Region"), then known names inside the run and the words between them ({@link RunByHead}),
 * which the context classifies ({@link NameCues}) or leaves for the story's other mentions to settle.
 */
public final class NameReader {
    /** Words that open the names of weather events, operations and flights. */
    private static final Set<String> NAMED_EVENTS = Set.copyOf(BundledList.section("name-words.txt", "named events"));

    private static final Set<String> ROAD_HEADS = Set.copyOf(BundledList.section("name-words.txt", "road heads"));

    private final Lexicon lexicon;
    private final NamesOutsideRuns outsideRuns;
    private final RunByHead byHead;

    NameReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.outsideRuns = new NamesOutsideRuns(lexicon);
        this.byHead = new RunByHead(lexicon);
    }

    List<Candidate> read(Segment s) {
        List<Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[s.tokens().size()];
        if (!s.titleCase()) outsideRuns.readAcronymExpansions(s, taken, out);
        CompanyNames.readAmpersandCompanies(s, taken, out);
        List<int[]> runs = NameRuns.find(s, taken);
        for (int r = 0; r < runs.size(); r++) {
            if (r + 2 < runs.size() && !s.titleCase() && NicknamedPeople.read(lexicon, s, runs.get(r), runs.get(r + 1), runs.get(r + 2), out)) r += 2;
            else if (r + 1 < runs.size() && readCommaName(s, runs.get(r), runs.get(r + 1), out)) r++;
            else readRun(s, runs.get(r)[0], runs.get(r)[1], out);
        }
        outsideRuns.readLowerCaseNames(s, out);
        outsideRuns.readNumberedOrganisations(s, out);
        out.removeIf(NameForms::isNoPersonName);
        out.removeIf(c -> c.kind() == Entity.Kind.PERSON && NameForms.namesPeopleOfPlace(lexicon, c.segment().tokens().get(c.to() - 1).text()));
        boolean[] quoted = QuotedWords.of(s);
        out.removeIf(c -> c.kind() == Entity.Kind.PERSON && c.weak() && QuotedWords.quoted(c, quoted));
        return out;
    }

    /** "Washington, D.C.": a name the lists hold with a comma inside, which splits it into two runs. */
    private boolean readCommaName(Segment s, int[] run, int[] next, List<Candidate> out) {
        if (next[0] != run[1] + 1 || !s.tokens().get(run[1]).is(",")) return false;
        for (int end = next[1]; end > next[0]; end--) {
            Lexicon.Entry entry = lexicon.lookup(key(s, run[0], end));
            if (entry == null) continue;
            out.add(Candidate.known(s, run[0], end, entry));
            if (end < next[1]) readRun(s, end, next[1], out);   // "Washington, D.C. She ...": the run went on
            return true;
        }
        return false;
    }

    /** "US$360 million", "HK$2 billion": letters written onto a dollar sign name a currency, not a place. */
    private static boolean isCurrencyPrefix(Segment s, int b) {
        Token next = s.token(b);
        return next != null && next.is("$") && next.start() == s.tokens().get(b - 1).end();
    }

    private void readRun(Segment s, int a, int b, List<Candidate> out) {
        if (isCurrencyPrefix(s, b)) return;
        if (XPlatform.names(s, a, b)) {
            out.add(Candidate.of(s, a, b, Entity.Kind.ORGANIZATION, "X", false));
            return;
        }
        while (a < b && NameForms.isGluedTail(s, a)) a++;
        if (a >= b) return;
        int region = OblastRegions.nameStart(s, a, b);
        if (region >= 0) {
            if (region > a) readRun(s, a, region, out);
            out.add(Candidate.of(s, region, b + 1, Entity.Kind.PLACE, s.span(region, b + 1), false));
            return;
        }
        String state = b - a == 1 ? NameForms.stateAfterPlace(s, a) : null;
        if (state != null) {
            out.add(Candidate.of(s, a, b, Entity.Kind.PLACE, state, false));
            return;
        }
        if (ROAD_HEADS.contains(s.tokens().get(b - 1).text()) && NameCues.numbered(s, b)) {
            // "Interstate 80", "Highway 287", "State Route 9": a road is a place.
            out.add(Candidate.of(s, b - 1, b + 1, Entity.Kind.PLACE, s.span(b - 1, b + 1), false));
            if (b - 1 > a) readRun(s, a, b - 1, out);
            return;
        }
        Lexicon.Entry exact = lexicon.lookup(key(s, a, b));
        if (exact != null && !s.titleCase()) {
            out.add(knownWithShortName(s, a, b, exact));
            return;
        }
        if (!s.titleCase() && NameCues.constituency(s, a)) {
            out.add(Candidate.of(s, a, b, Entity.Kind.PLACE, s.span(a, b), false)); // "the MP for Portsmouth South"
            return;
        }
        if (splitTitleOfBody(s, a, b, out)) return;
        int and = knownBeforeAnd(s, a, b);
        if (and > 0) {
            readRun(s, a, and, out);
            readRun(s, and + 1, b, out);
            return;
        }
        while (a < b && dropsAtStart(s.tokens().get(a)) && byHead.longestKnown(s, a, b) == 0) a++;
        while (b > a && Words.isCommon(s.tokens().get(b - 1)) && !isHead(s.tokens().get(b - 1).text()) && !isComplement(s, a, b - 1)) b--;
        if (a >= b) return;
        // "Storm Ciaran", "Operation Sandstorm"; but "Storm Prediction Center" is a body
        if (b - a >= 2 && NAMED_EVENTS.contains(s.tokens().get(a).text()) && !HeadWords.isOrgHead(s.tokens().get(b - 1).text())) return;
        if (NameForms.isSaintName(s, a, b)) {
            boolean body = HeadWords.isOrgHead(headOf(s, a, b));
            out.add(body ? Candidate.organisation(s, a, b, null) : Candidate.of(s, a, b, Entity.Kind.PLACE, s.span(a, b), false));
            return;
        }
        if (s.titleCase()) {
            byHead.splitByKnownNames(s, a, b, out);
            return;
        }
        Lexicon.Entry whole = lexicon.lookup(key(s, a, b));
        if (whole != null) {
            out.add(knownWithShortName(s, a, b, whole));
        } else if (Acronyms.followedByAcronym(s, a, b)) {
            out.add(Candidate.withAcronym(s, a, b, Acronyms.after(s, b)));
        } else if (Acronyms.followedByShortName(s, a, b, lexicon)) {
            out.add(Candidate.organisation(s, a, b, Acronyms.after(s, b)));
        } else if (Acronyms.expandsAcronym(s, a, b)) {
            out.add(Candidate.organisation(s, a, b, s.token(a - 2).text()));
        } else if (GroupNames.isGroupFor(s, a, b)) {
            if (GroupNames.namesGroup(s, a, b, lexicon)) {
                out.add(Candidate.organisation(s, a, b, null));
            } else {
                readRun(s, a, a + 1, out);
                readRun(s, GroupNames.causeStart(s, a), b, out);
            }
        } else if (b - a >= 2 && HeadWords.isEventHead(s.tokens().get(b - 1).text())) {
            return; // "Victory Day", "Paris Agreement": events and laws are no entities, nor what they contain
        } else if (!splitAtTitle(s, a, b, out)) {
            byHead.read(s, a, b, out);
        }
    }

    /** A known name, with the body's known short name when one follows in parentheses ("Russian National Guard (Rosgvardia)"). */
    private Candidate knownWithShortName(Segment s, int a, int b, Lexicon.Entry entry) {
        Candidate c = Candidate.known(s, a, b, entry);
        if (!Acronyms.followedByShortName(s, a, b, lexicon)) return c;
        return new Candidate(s, a, b, c.kind(), c.canonical(), c.weak(), c.titles(), Acronyms.after(s, b));
    }

    /**
     * "Princeton and Yale Law School": a name the lists know before "and" is one name, and the
     * body after it another, not two fields of one name. The "and" token, or -1.
     */
    private int knownBeforeAnd(Segment s, int a, int b) {
        for (int k = a + 1; k < b - 2; k++) {
            if (!s.tokens().get(k).is("and")) continue;
            Lexicon.Entry before = lexicon.lookup(key(s, a, k));
            return before != null && before.kind() == Entity.Kind.ORGANIZATION && HeadWords.isOrgHead(s.tokens().get(b - 1).text()) ? k : -1;
        }
        return -1;
    }

    /** "Communications Minister Fahmi Fadzil": the person after the last title word; the rest read again. */
    private boolean splitAtTitle(Segment s, int a, int b, List<Candidate> out) {
        int last = -1;
        for (int i = a; i < b - 1; i++) if (isTitleWord(s.tokens().get(i))) last = i;
        if (last < 0) return false;
        boolean named = NameLexicon.isGivenName(s.tokens().get(last + 1).text());
        Token head = headToken(s, a, b);
        if (!named && isHead(head.text()) && !isTitleWord(head)) return false;
        int name = named ? last + 1 : nameAfter(s, last + 1, b);
        if (name >= b) return false;
        String end = s.tokens().get(b - 1).text();
        if (!named && isHead(end) || lexicon.lookup(key(s, name, b)) != null) return false;
        int titleStart = last;
        while (titleStart > a && isTitleWord(s.tokens().get(titleStart - 1))) titleStart--;
        if (titleStart > a) readQualifier(s, a, titleStart, out);
        if (name > last + 1) readQualifier(s, last + 1, name, out);
        out.add(Candidate.person(s, name, b, false));
        return true;
    }

    /**
     * "Chairman of the State Duma Committee on Defense Andrey Kartapolov", "Governor of the Kursk
     * Region Alexander Khinshtein": a title, "of", the body it belongs to, then a first name and a
     * surname; or a body ended by its head right before the first name ("Envoy to the Far Eastern
     * Federal District Yury Trutnev"). The body is read on its own, so its own words ("Affairs",
     * "Defense") stay in it.
     */
    private boolean splitTitleOfBody(Segment s, int a, int b, List<Candidate> out) {
        int name = b - 2;
        if (b - a < 4 || !NameLexicon.isGivenName(s.tokens().get(name).text()) || lexicon.lookup(key(s, name, b)) != null) return false;
        int body;
        if (isTitleWord(s.tokens().get(a)) && s.tokens().get(a + 1).is("of")) {
            body = s.tokens().get(a + 2).is("the") ? a + 3 : a + 2;
        } else if (isHead(s.tokens().get(name - 1).text()) && !isTitleWord(s.tokens().get(name - 1))) {
            body = a; // "the Far Eastern Federal District Yury Trutnev": a body's or place's head, then the person
        } else {
            return false;
        }
        if (name - body < 2) return false;
        for (int i = body; i < name; i++) {
            if (NameLexicon.isGivenName(s.tokens().get(i).text())) return false; // "... Sergey Aksyonov and ... Governor Andrey Vorobyov": two people
        }
        readQualifier(s, body, name, out);
        out.add(Candidate.person(s, name, b, false));
        return true;
    }

    /** "Head of the Kurilsky District Tatyana Lebedeva": the name starts after the title's complement. */
    private static int nameAfter(Segment s, int from, int b) {
        int name = from;
        for (int i = from; i < b; i++) {
            Token t = s.tokens().get(i);
            if (!t.capitalised() || isHead(t.text())) name = i + 1;
        }
        return name;
    }

    /** The head of a run: the word before its "of" (or a "Panel on ..."'s "on"), else its last word. */
    private static Token headToken(Segment s, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            Token t = s.tokens().get(i);
            if (t.is("of") || t.is("for")) return s.tokens().get(i - 1);
            // "State Duma Committee on International Affairs": the committee is the head, not "Affairs".
            if ((t.is("on") || t.is("into")) && HeadWords.takesOn(s.tokens().get(i - 1).text())) return s.tokens().get(i - 1);
        }
        return s.tokens().get(b - 1);
    }

    /**
     * The words before a title ("European Commission President", "Union Home Minister"): they
     * may name the body the title belongs to, when a list knows it or a head ends it; never a person.
     */
    private void readQualifier(Segment s, int a, int b, List<Candidate> out) {
        while (a < b && !s.tokens().get(a).capitalised()) a++;
        if (a >= b) return;
        List<Candidate> read = new ArrayList<>();
        readRun(s, a, b, read);
        for (Candidate c : read) {
            boolean named = lexicon.lookup(key(s, c.from(), c.to())) != null || isHead(headOf(s, c.from(), c.to()));
            if (c.kind() != null && c.kind() != Entity.Kind.PERSON && !c.weak() && named) out.add(c);
        }
    }

    /** The head's text. */
    static String headOf(Segment s, int a, int b) {
        return headToken(s, a, b).text();
    }

    /** A plain word opening a run: always when it opens the sentence; mid-sentence only dates and articles. */
    private static boolean dropsAtStart(Token t) {
        return Words.isCommon(t) && (t.sentenceStart() || Words.isCalendarOrArticle(t.text()));
    }

    /** "Great Hall of the People": a plain word completing "of" is part of the name. */
    private static boolean isComplement(Segment s, int a, int i) {
        Token before = s.token(i - 1);
        return i - 1 > a && before != null && (before.is("of") || before.is("the") || before.is("for"));
    }

    static boolean isHead(String word) { return HeadWords.isOrgHead(word) || HeadWords.isPlaceHead(word); }

    static boolean isTitleWord(Token t) {
        return NameLexicon.isHonorific(t.text()) || (t.capitalised() && TitleLexicon.isTitle(t.text()));
    }

    static String key(Segment s, int a, int b) {
        if (b - a == 1) return s.tokens().get(a).text();
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) sb.append(i > a ? " " : "").append(s.tokens().get(i).text());
        return sb.toString();
    }
}
