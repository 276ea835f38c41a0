package dateline.copy.names;

import dateline.copy.lexicon.HeadWords;
import dateline.copy.lexicon.Lexicon;
import dateline.copy.lexicon.Words;
import dateline.copy.text.Segment;
import dateline.copy.text.Token;

import dateline.story.Entity;
import java.util.Set;

/**
 * A name the finder read in one text, before the story's names are merged: tokens
 * [from, to) of a {@link Segment}. {@code kind} is null while only another mention can say what
 * it is ("Munir" is a person once "Asim Munir" is); {@code weak} kinds may be overridden so.
 *
 * @param titles role classes of the titles written with the name ("ambassador", "spokesman")
 * @param alias  another name the text gives it in parentheses ("CAAN"), or null
 *
 * The static factories make the kinds {@link NameReader} reads: a known name, a name with its
 * acronym, an organisation (named in full as a national body), a person.
 */
public record Candidate(Segment segment, int from, int to, Entity.Kind kind, String canonical, boolean weak,
                 Set<String> titles, String alias) {

    String printed() { return segment.span(from, to); }

    int start() { return segment.tokens().get(from).start(); }

    int end() { return segment.tokens().get(to - 1).end(); }

    int tokenCount() { return to - from; }

    static Candidate known(Segment s, int a, int b, Lexicon.Entry entry) {
        Entity.Kind kind = entry.kind();
        if (entry.building()) kind = NameCues.afterLocative(s, a) ? Entity.Kind.PLACE : Entity.Kind.ORGANIZATION;
        Set<String> titles = kind == Entity.Kind.PERSON ? NameCues.titles(s, a, b) : Set.of();
        return new Candidate(s, a, b, kind, entry.canonical(), false, titles, null);
    }

    /** A name given with its acronym: an organisation, unless its head makes it a place ("... People's Republic (DPR)"). */
    static Candidate withAcronym(Segment s, int a, int b, String alias) {
        boolean place = HeadWords.isPlaceHead(NameReader.headOf(s, a, b)) && !HeadWords.isOrgHead(NameReader.headOf(s, a, b));
        Entity.Kind kind = place ? Entity.Kind.PLACE : Entity.Kind.ORGANIZATION;
        return new Candidate(s, a, b, kind, s.span(a, b), false, Set.of(), alias);
    }

    static Candidate organisation(Segment s, int a, int b, String alias) {
        return new Candidate(s, a, b, Entity.Kind.ORGANIZATION, national(s, a, b), false, Set.of(), alias);
    }

    /**
     * "Russia's Defense Ministry" is the Russian Defense Ministry: a country's possessive before a
     * state body with a generic name (its head in organisation-words.txt's [national bodies])
     * names the body in full with the country's adjective, as agencies write it.
     */
    private static String national(Segment s, int a, int b) {
        String span = s.span(a, b);
        Token possessive = s.token(a - 1);
        Token country = s.token(a - 2);
        if (possessive == null || country == null || !possessive.isPossessive() || !country.capitalised()) return span;
        if (!HeadWords.isNationalBody(s.tokens().get(b - 1).text())) return span;
        String adjective = Words.adjectiveOf(country.text());
        return adjective == null ? span : adjective + " " + span;
    }

    static Candidate person(Segment s, int a, int b, boolean weak) {
        return new Candidate(s, a, b, Entity.Kind.PERSON, s.span(a, b), weak, NameCues.titles(s, a, b), null);
    }

    static Candidate of(Segment s, int a, int b, Entity.Kind kind, String canonical, boolean weak) {
        return new Candidate(s, a, b, kind, canonical, weak, Set.of(), null);
    }
}
