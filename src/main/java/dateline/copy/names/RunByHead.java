package dateline.copy.names;

import dateline.copy.lexicon.BundledList;
import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.NameLexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;

import dateline.story.Entity;
import java.util.List;
import java.util.Set;

/**
 * The last reading of a capitalised run that no known name, acronym or title took whole: its
 * head word makes it a body or a place ("Supreme State Council", "East Midlands", "River
 * Drina"), a first name a person; otherwise the names the lists know inside it are read, and
 * the words between them are left to their context ({@link GapKinds}) or to the story's other
 * mentions. {@link NameReader} reads the runs and calls this when its own rules say nothing.
 */
final class RunByHead {
    private static final Set<String> COMPASS = Set.copyOf(BundledList.section("name-words.txt", "compass"));

    private static final Set<String> FEATURES_FIRST = BundledList.sectionWords("name-words.txt", "feature heads first");

    private final Lexicon lexicon;

    RunByHead(Lexicon lexicon) { this.lexicon = lexicon; }

    /** A run no known name or title took whole: by its head word, else by the known names inside it. */
    void read(Segment s, int a, int b, List<Candidate> out) {
        String head = NameReader.headOf(s, a, b);
        boolean several = b - a >= 2;
        if (several && COMPASS.contains(s.tokens().get(a).text()) && longestKnown(s, a + 1, b) == b - a - 1) {
            out.add(Candidate.of(s, a, b, Entity.Kind.PLACE, s.span(a, b), false)); // "East Midlands", "North Kivu"
            return;
        }
        if (b - a == 2 && FEATURES_FIRST.contains(s.tokens().get(a).text()) && longestKnown(s, a + 1, b) == 0) {
            out.add(Candidate.of(s, a, b, Entity.Kind.PLACE, s.span(a, b), false)); // "River Drina", "Lake Nasser"
            return;
        }
        boolean headFirst = several && b - a <= 3 && HeadWords.isOrgHead(s.tokens().get(a).text()) && !NameReader.isTitleWord(s.tokens().get(a));
        boolean ofHead = several && HeadWords.isOrgOfHead(head) && !head.equals(s.tokens().get(b - 1).text());
        if (several && (HeadWords.isOrgHead(head) || ofHead || headFirst) && !Words.isDemonym(head)) {
            out.add(Candidate.organisation(s, a, b, null));
        } else if (several && HeadWords.isPlaceHead(head)) {
            out.add(Candidate.of(s, a, b, Entity.Kind.PLACE, s.span(a, b), false));
        } else if (NameCues.opensWithRoleWord(s, a, b) && longestKnown(s, a, b) == 0) {
            out.add(Candidate.person(s, a + 1, b, false));
        } else if (several && NameLexicon.isGivenName(s.tokens().get(a).text()) && longestKnown(s, a, b) < b - a) {
            // "Miguel Duarte", "George Washington": a first name makes a person of what follows.
            out.add(Candidate.person(s, a, b, false));
        } else if (several && NameCues.typedAsOrganisation(s, b) && longestKnown(s, a, b) < b - a) {
            out.add(Candidate.organisation(s, a, b, null));
        } else {
            splitByKnownNames(s, a, b, out);
        }
    }

    void splitByKnownNames(Segment s, int a, int b, List<Candidate> out) {
        int gap = a;
        int i = a;
        while (i < b) {
            int len = longestKnown(s, i, b);
            if (len == 0) {
                i++;
                continue;
            }
            Lexicon.Entry entry = lexicon.lookup(NameReader.key(s, i, i + len));
            int whole = wholeOrganisation(s, gap, i, len, b, entry);
            if (whole > 0) {
                out.add(Candidate.organisation(s, gap, whole, null));
                i = whole;
            } else {
                if (gap < i) readGap(s, gap, i, out, true);
                out.add(Candidate.known(s, i, i + len, entry));
                i += len;
            }
            gap = i;
        }
        if (gap < b) readGap(s, gap, b, out, gap > a);
    }

    /**
     * Where an organisation spanning a known name ends, or 0: "Indonesia AirAsia" (a company's
     * national arm), "Philippine Red Cross" (a national society), "River Action UK" (a body
     * and its country).
     */
    private int wholeOrganisation(Segment s, int gap, int i, int len, int b, Lexicon.Entry entry) {
        if (entry.kind() == Entity.Kind.PLACE && gap == i) {
            int next = longestKnown(s, i + len, b);
            boolean company = next > 0 && lexicon.lookup(NameReader.key(s, i + len, i + len + next)).kind() == Entity.Kind.ORGANIZATION;
            return company ? i + len + next : 0;
        }
        if (entry.kind() == Entity.Kind.ORGANIZATION && i - gap == 1 && Words.isDemonym(s.tokens().get(gap).text())) return i + len;
        boolean countryLast = entry.kind() == Entity.Kind.PLACE && i + len == b && i - gap >= 2;
        return countryLast && HeadWords.isOrgHead(s.tokens().get(i - 1).text()) ? b : 0;
    }

    /**
     * Words no list knows: what their context says they are, or null for the merge to settle.
     * Beside a known name in one run ("Oxford Open Climate Change", "the largely Black Little
     * Burgundy") words with no first name are part of another name (a journal's, a district's),
     * not a person standing after a place.
     */
    private void readGap(Segment s, int a, int b, List<Candidate> out, boolean besideKnown) {
        int start = a;
        while (a < b && (NameReader.isTitleWord(s.tokens().get(a)) || Words.isDemonym(s.tokens().get(a).text()))) a++;
        while (a < b && s.tokens().get(a).is("of")) a++;
        if (a >= b || Words.isDemonym(s.span(a, b))) return;
        if (NameCues.numbered(s, b)) return;
        if (a - start == 1 && Words.isDemonym(s.tokens().get(start).text()) && !s.titleCase()
                && !NameLexicon.isGivenName(s.tokens().get(a).text())) {
            // "Palestinian Red Crescent", "Deutsche Telekom": a national body or company.
            out.add(Candidate.organisation(s, start, b, null));
            return;
        }
        Entity.Kind kind = s.titleCase() ? null : NameForms.isBeforeItsRegion(lexicon, s, a, b) ? Entity.Kind.PLACE : GapKinds.kindOf(s, a, b);
        boolean weak = kind == Entity.Kind.PERSON && GapKinds.isWeakPerson(s, a, b);
        if (weak && besideKnown) {
            out.add(Candidate.of(s, a, b, null, s.span(a, b), true));
        } else if (kind == Entity.Kind.PERSON) {
            out.add(Candidate.person(s, a, b, weak));
        } else {
            out.add(Candidate.of(s, a, b, kind, s.span(a, b), kind == null || b - a == 1));
        }
    }

    int longestKnown(Segment s, int i, int b) {
        if (i >= b) return 0;
        int longest = lexicon.longestStartingWith(s.tokens().get(i).text());
        for (int len = Math.min(longest, b - i); len >= 1; len--) {
            if (lexicon.lookup(NameReader.key(s, i, i + len)) != null) return len;
        }
        return 0;
    }}
