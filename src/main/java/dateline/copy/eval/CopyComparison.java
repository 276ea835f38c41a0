package dateline.copy.eval;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.copy.ParsedCopy;
import dateline.story.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores what the parser found in one document against its gold annotation, field by field,
 * under the conventions of the corpus README: exact match for the single-valued fields,
 * one-to-one pairing for the lists, quotes matched by their opening words.
 */
public final class CopyComparison {
    /** Gold quote texts hold at most the first 60 characters of the quoted words. */
    static final int QUOTE_PREFIX = 60;

    private CopyComparison() {}

    /** @param found the parse, or null when the parser rejected the copy */
    public static List<FieldScore> compare(GoldCopy gold, ParsedCopy found) {
        ParsedCopy parsed = found != null ? found
                : new ParsedCopy(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        List<FieldScore> scores = new ArrayList<>();
        scores.add(exact("headline", gold.headline(), parsed.headline()));
        scores.add(exact("standfirst", gold.standfirst(), parsed.standfirst()));
        scores.addAll(DatelineComparison.compare(gold.dateline(), parsed.dateline()));
        long paragraphs = parsed.blocks().stream().filter(Block::isParagraph).count();
        scores.add(FieldScore.exact("paragraph_count", String.valueOf(gold.paragraphCount()), String.valueOf(paragraphs),
                gold.paragraphCount() == paragraphs));
        List<String> subheadings = parsed.blocks().stream().filter(b -> !b.isParagraph()).map(Block::text).toList();
        scores.add(Names.score("subheadings", gold.subheadings(), subheadings, (g, f) -> false));
        scores.addAll(quotes(gold.quotes(), parsed.quotes()));
        List<String> people = names(parsed.people());
        scores.add(Names.score("people", gold.people(), people, Names.surnameAlias(gold.people(), people)));
        scores.add(Names.score("places", gold.places(), names(parsed.places()), (g, f) -> false));
        scores.add(Names.score("organizations", gold.organizations(), names(parsed.organizations()), (g, f) -> false));
        scores.add(Names.score("boilerplate", gold.boilerplate(), parsed.boilerplate(), (g, f) -> false));
        return scores;
    }

    private static FieldScore exact(String field, String gold, String found) {
        return FieldScore.exact(field, gold, found, Names.same(gold, found));
    }

    /** Quotes found (paired by opening words), then speakers right among the pairs. */
    private static List<FieldScore> quotes(List<GoldCopy.GoldQuote> gold, List<Quote> found) {
        int[] pairs = Names.pair(gold, found, (g, f) -> sameOpening(g.text(), f.text()));
        List<String> missed = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        List<String> wrongSpeakers = new ArrayList<>();
        int matched = 0;
        int speakersRight = 0;
        int speakersGiven = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (pairs[g] < 0) { missed.add(gold.get(g).text()); continue; }
            matched++;
            used[pairs[g]] = true;
            String speaker = found.get(pairs[g]).speaker();
            // Saying "no one can tell" where the gold says so too is a right answer, not a silence.
            boolean rightlyUnresolved = speaker == null && unresolved(gold.get(g).speaker());
            if (speaker != null || rightlyUnresolved) speakersGiven++;
            if (rightlyUnresolved || Names.same(gold.get(g).speaker(), speaker)) speakersRight++;
            else wrongSpeakers.add(FieldScore.quoted(gold.get(g).text()) + ": expected "
                    + FieldScore.quoted(gold.get(g).speaker()) + ", found " + FieldScore.quoted(speaker));
        }
        List<String> falseAlarms = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) if (!used[f]) falseAlarms.add(found.get(f).text());
        Tally speakerTally = new Tally(speakersRight, speakersGiven - speakersRight, matched - speakersRight,
                wrongSpeakers.isEmpty() ? 1 : 0, 1);
        return List.of(FieldScore.matched("quotes", matched, missed, falseAlarms),
                new FieldScore("speakers", speakerTally, wrongSpeakers));
    }

    /** A gold speaker that says the quote cannot be attributed (null, or "unknown" as the project's set writes it). */
    private static boolean unresolved(String goldSpeaker) {
        return goldSpeaker == null || goldSpeaker.isBlank() || goldSpeaker.strip().equalsIgnoreCase("unknown");
    }

    /** One text starts with the other's first 60 characters, after trimming (the README's rule). */
    static boolean sameOpening(String gold, String found) {
        if (gold == null || found == null) return false;
        String g = gold.strip();
        String f = found.strip();
        if (g.isEmpty() || f.isEmpty()) return false;
        return f.startsWith(prefix(g)) || g.startsWith(prefix(f));
    }

    private static String prefix(String text) {
        return text.length() > QUOTE_PREFIX ? text.substring(0, QUOTE_PREFIX) : text;
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    /** The dateline as a whole and each of its three parts. */
    static final class DatelineComparison {
        private DatelineComparison() {}

        static List<FieldScore> compare(GoldCopy.GoldDateline gold, DatelineInfo found) {
            String goldPlace = gold == null ? null : gold.place();
            String goldDate = gold == null ? null : gold.dateText();
            String goldAgency = gold == null ? null : gold.agency();
            String place = found == null ? null : found.place();
            String date = found == null ? null : found.dateText();
            String agency = found == null ? null : found.agency();
            boolean placeRight = samePlace(goldPlace, place);
            boolean whole = (gold == null) == (found == null) && placeRight
                    && same(goldDate, date) && same(goldAgency, agency);
            String goldWhole = gold == null ? null : goldPlace + " | " + goldDate + " | " + goldAgency;
            String foundWhole = found == null ? null : place + " | " + date + " | " + agency;
            return List.of(FieldScore.exact("dateline", goldWhole, foundWhole, whole),
                    FieldScore.exact("dateline.place", goldPlace, place, placeRight),
                    FieldScore.exact("dateline.date_text", goldDate, date, Names.same(goldDate, date)),
                    FieldScore.exact("dateline.agency", goldAgency, agency, Names.same(goldAgency, agency)));
        }

        private static boolean same(String gold, String found) {
            return gold == null ? found == null : Names.same(gold, found);
        }

        /** "IGORA" for "IGORA /Leningrad Region/" is equally right: the README says so. */
        static boolean samePlace(String gold, String found) {
            if (gold == null) return found == null;
            if (Names.same(gold, found)) return true;
            int slash = gold.indexOf(" /");
            return slash > 0 && Names.same(gold.substring(0, slash), found);
        }
    }

}
