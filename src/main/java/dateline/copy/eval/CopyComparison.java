package dateline.copy.eval;

import dateline.copy.ParsedCopy;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores what the parser found in one document against its gold annotation, field by field,
 * under the conventions of the corpus README: exact match for the single-valued fields,
 * one-to-one pairing for the lists, quotes matched by their opening words.
 */
public final class CopyComparison {
    /** Letters compared of a quote's opening (gold texts hold at most its first 60 characters). */
    static final int OPENING = 40;

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
        scores.add(EntityNames.score("people", gold.people(), names(parsed.people())));
        scores.add(EntityNames.score("places", gold.places(), names(parsed.places())));
        scores.add(EntityNames.score("organizations", gold.organizations(), names(parsed.organizations())));
        scores.add(Names.score("boilerplate", gold.boilerplate(), parsed.boilerplate(), (g, f) -> false));
        return scores;
    }

    private static FieldScore exact(String field, String gold, String found) {
        return FieldScore.exact(field, gold, found, Names.same(gold, found));
    }

    /**
     * Quotes found (paired by opening words), then speakers among the pairs, two ways: "speakers"
     * counts a quote right when its speaker is (so its recall is the speaker accuracy: right
     * among the quotes found); "speakers_given" looks only at quotes given a speaker (so its
     * precision is the speaker precision: right among those named, since a wrong name is worse
     * than none), and counts as missed a quote left silent whose gold names someone.
     */
    private static List<FieldScore> quotes(List<GoldCopy.GoldQuote> gold, List<Quote> found) {
        int[] pairs = Names.pair(gold, found, (g, f) -> sameOpening(g.text(), f.text()));
        List<String> missed = new ArrayList<>();
        boolean[] used = new boolean[found.size()];
        List<String> wrongSpeakers = new ArrayList<>();
        int matched = 0;
        int right = 0;
        int named = 0;
        int namedRight = 0;
        int silentWrong = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (pairs[g] < 0) { missed.add(gold.get(g).text()); continue; }
            matched++;
            used[pairs[g]] = true;
            String goldSpeaker = gold.get(g).speaker();
            String speaker = found.get(pairs[g]).speaker();
            if (speaker != null) named++;
            // Saying "no one can tell" where the gold says so too is a right answer, not a silence.
            boolean ok = speaker == null ? Speakers.unresolved(goldSpeaker) : Speakers.same(goldSpeaker, speaker);
            if (ok) {
                right++;
                if (speaker != null) namedRight++;
            } else {
                if (speaker == null) silentWrong++;
                wrongSpeakers.add(FieldScore.quoted(gold.get(g).text()) + ": expected "
                        + FieldScore.quoted(goldSpeaker) + ", found " + FieldScore.quoted(speaker));
            }
        }
        List<String> falseAlarms = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) if (!used[f]) falseAlarms.add(found.get(f).text());
        int exact = wrongSpeakers.isEmpty() ? 1 : 0;
        Tally speakers = new Tally(right, named - namedRight, matched - right, exact, 1);
        Tally given = new Tally(namedRight, named - namedRight, silentWrong, exact, 1);
        return List.of(FieldScore.matched("quotes", matched, missed, falseAlarms),
                new FieldScore("speakers", speakers, wrongSpeakers), new FieldScore("speakers_given", given, List.of()));
    }

    /**
     * The independent scorer's rule: compared as letters and digits only, a found quote opens
     * with the gold's first 40, or (when at least 20 long) the gold opens with the found one's.
     */
    static boolean sameOpening(String gold, String found) {
        String g = Names.wordsOnly(gold);
        String f = Names.wordsOnly(found);
        if (g.isEmpty() || f.isEmpty()) return false;
        String goldKey = prefix(g);
        return f.startsWith(goldKey) || (f.length() >= 20 && goldKey.startsWith(prefix(f)));
    }

    private static String prefix(String text) {
        return text.length() > OPENING ? text.substring(0, OPENING) : text;
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
