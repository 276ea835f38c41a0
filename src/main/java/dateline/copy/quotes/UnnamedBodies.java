package dateline.copy.quotes;

import dateline.copy.lexicon.BundledList;

import dateline.copy.text.Segment;
import dateline.copy.text.Token;
import dateline.copy.lexicon.Words;

import java.util.Set;

/**
 * Unnamed speakers in the story's own words: the bodies they stand for when it names none (the
 * one after "a spokesman for the ...", the one a lower-case "the ... ministry" describes), and
 * the sources themselves ("an unnamed woman in Dresden").
 */
public final class UnnamedBodies {
    /** "the Hamburg fire brigade": the body a spokesperson speaks for is a few words. */
    private static final int MAX_BODY_WORDS = 5;
    /** Heads of bodies that speak in their own name, when the story does not name them. */
    private static final Set<String> BODIES = Set.copyOf(BundledList.section("speaker-words.txt", "bodies"));

    /** "in the eastern German city of Dresden": how far after "in" the place may be named. */
    private static final int PLACE_WORDS = 7;

    private UnnamedBodies() {}

    /**
     * "one London-based analyst" becomes "an unnamed London-based analyst": one source, described;
     * "a woman in the eastern German city of Dresden" keeps where she is, as the story's one
     * place word for her: "an unnamed woman in Dresden".
     */
    static String source(Segment s, int article, int noun, int block, PersonIndex index) {
        String described = "an unnamed " + s.span(article + 1, noun + 1);
        Token in = s.token(noun + 1);
        if (in == null || !in.is("in")) return described;
        PersonIndex.Mention place = PersonIndex.firstWithin(index.places(), block, noun + 2, noun + 2 + PLACE_WORDS, m -> !m.quoted());
        if (place == null || place.possessive()) return described;
        for (int k = noun + 2; k < place.from(); k++) if (!s.tokens().get(k).word()) return described;
        Token after = s.token(place.to());
        // "a woman in Dresden's old town" is placed somewhere the place only qualifies.
        return after != null && after.word() && !after.capitalised() && !Words.isReporting(after) && !after.is("which") && !after.is("who")
                ? described : described + " in " + place.entity().name();
    }

    /**
     * "a spokesman for the city fire brigade told ...": the body written after the noun, as an
     * organisation the story names or else in its own words (a capitalised word among them, so
     * "a spokesman for the family" stays unnamed).
     */
    static String after(Segment s, int noun, Attribution a, PersonIndex index) {
        Token link = s.token(noun + 1);
        if (link == null || !(link.is("for") || link.is("of") || link.is("at"))) return null;
        int from = noun + 2;
        if (s.token(from) != null && s.token(from).is("the")) from++;
        int to = from;
        boolean named = false;
        while (to < a.to() && to - from < MAX_BODY_WORDS && s.tokens().get(to).word() && !Words.isReporting(s.tokens().get(to))) {
            named |= s.tokens().get(to).capitalised();
            to++;
        }
        if (to == from || !named) return null;
        PersonIndex.Mention org = PersonIndex.firstWithin(index.organisations(), a.block(), from, to, m -> true);
        return org != null ? org.entity().name() : s.span(from, to);
    }

    /** Whether a lower-case noun is the head of a body that speaks in its own name ("the cabinet"). */
    static boolean isBody(String lower) {
        return BODIES.contains(lower);
    }

    /**
     * "the agriculture ministry said" with no ministry named before: the body in the story's own
     * words, lower-case modifiers and a head ("agriculture ministry"), rather than no speaker.
     * Only bodies that speak for themselves: a "press service" or an "office" speaks for someone.
     */
    static String described(Segment s, int the, int noun) {
        if (!BODIES.contains(s.tokens().get(noun).lower()) || noun == the + 1) return null;
        for (int k = the + 1; k < noun; k++) {
            Token t = s.tokens().get(k);
            if (!t.word() || t.capitalised()) return null;
        }
        return s.span(the + 1, noun + 1);
    }
}
