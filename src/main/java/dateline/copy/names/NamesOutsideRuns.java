package dateline.copy.names;

import dateline.copy.lexicon.Lexicon;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.List;

/**
 * Names no capitalised run holds whole, read beside the runs by {@link NameReader}: a name with
 * its acronym in parentheses (read first, so that no run splits it), names written with digits
 * ("N24", "No 10 Downing Street"), and names the lists hold in lower case ("flydubai").
 */
final class NamesOutsideRuns {
    private final Lexicon lexicon;

    NamesOutsideRuns(Lexicon lexicon) { this.lexicon = lexicon; }

    /** Names whose acronym follows in parentheses, read whole before any run can split them. */
    void readAcronymExpansions(Segment s, boolean[] taken, List<Candidate> out) {
        for (int i = 2; i + 1 < s.tokens().size(); i++) {
            if (!s.tokens().get(i).allCaps() || s.tokens().get(i - 1).start() < s.from()) continue;
            int start = AcronymExpansions.start(s, i);
            if (start < 0 || s.tokens().get(start).start() < s.from() || lexicon.lookup(NameReader.key(s, start, i - 1)) != null) continue;
            if (isPlaceQualifier(s, start - 1)) start--;
            out.add(Candidate.withAcronym(s, start, i - 1, s.tokens().get(i).text()));
            for (int k = start; k < i - 1; k++) taken[k] = true;
        }
    }

    /**
     * "the Gauteng Provincial Disaster Management Centre (PDMC)": a province or country's name just
     * before a body's expanded acronym belongs to the name printed, which the conventions list in full.
     */
    private boolean isPlaceQualifier(Segment s, int i) {
        Token t = s.token(i);
        if (t == null || !t.word() || !t.capitalised() || t.sentenceStart() || t.start() < s.from()) return false;
        Token before = s.token(i - 1);
        if (before != null && before.word() && before.capitalised()) return false;
        Lexicon.Entry entry = lexicon.lookup(t.text());
        return entry != null && entry.kind() == Entity.Kind.PLACE;
    }

    /**
     * "Germany's N24 TV channel", "the Cadena 3 radio station", "10 TV network": a name written
     * with digits, which no run holds, is an organisation when a type noun says so.
     */
    void readNumberedOrganisations(Segment s, List<Candidate> out) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || !t.hasDigit() || t.start() < s.from()) continue;
            if (readKnownWithDigits(s, i, out)) continue;
            int from = i;
            while (from > i - 2 && from > 0 && NameRuns.isNameWord(tokens.get(from - 1)) && !tokens.get(from - 1).sentenceStart()) from--;
            int to = i + 1;
            if (t.text().chars().allMatch(Character::isDigit) && to < tokens.size() && tokens.get(to).allCaps() && tokens.get(to).word() && !tokens.get(to).hasDigit()
                    && NameCues.typedAsOrganisation(s, to + 1)) to++; // "10 TV network"
            boolean named = from < i || t.capitalised() || to > i + 1;
            if (named && NameCues.typedAsOrganisation(s, to)) out.add(Candidate.organisation(s, from, to, null));
        }
    }

    /**
     * "No 10 Downing Street", "Number 10", "Channel 4": an organisation the lists know by a name
     * with a number in it, which no run holds whole. Its pieces read as runs give way to it.
     */
    private boolean readKnownWithDigits(Segment s, int i, List<Candidate> out) {
        int from = i > 0 && NameRuns.isNameWord(s.tokens().get(i - 1)) ? i - 1 : i;
        for (int to = Math.min(s.tokens().size(), i + 3); to > i; to--) {
            Lexicon.Entry entry = lexicon.lookup(NameReader.key(s, from, to));
            if (entry == null || entry.kind() != Entity.Kind.ORGANIZATION || s.tokens().get(from).start() < s.from()) continue;
            int a = from;
            int b = to;
            out.removeIf(c -> c.segment() == s && c.from() < b && c.to() > a);
            out.add(Candidate.known(s, a, b, entry));
            return true;
        }
        return false;
    }

    /** Lower-case names the lists hold as printed ("flydubai"). */
    void readLowerCaseNames(Segment s, List<Candidate> out) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (!t.word() || t.capitalised() || t.start() < s.from()) continue;
            if (!lexicon.isLowerCaseName(t)) continue;
            Lexicon.Entry entry = lexicon.lookup(t.text());
            if (entry != null && !Character.isUpperCase(entry.canonical().charAt(0))) out.add(Candidate.known(s, i, i + 1, entry));
        }
    }
}
