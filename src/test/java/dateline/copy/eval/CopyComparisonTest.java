package dateline.copy.eval;

import dateline.copy.ParsedCopy;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Quote;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyComparisonTest {

    private static GoldCopy gold(GoldCopy.GoldDateline dateline, List<GoldCopy.GoldQuote> quotes, List<String> people) {
        return new GoldCopy("Ferry line opens", null, dateline, List.of("Winter timetable"), 2, quotes,
                people, List.of("Murmansk"), List.of(), List.of("All news"), "");
    }

    private static ParsedCopy parsed(DatelineInfo dateline, List<Quote> quotes, List<String> people) {
        List<Entity> persons = people.stream().map(n -> new Entity(n, Entity.Kind.PERSON, List.of())).toList();
        return new ParsedCopy("Ferry line opens", null, dateline,
                List.of(Block.paragraph("One."), Block.subheading("Winter timetable"), Block.paragraph("Two.")),
                quotes, persons, List.of(new Entity("MURMANSK", Entity.Kind.PLACE, List.of())), List.of(), List.of("All news"));
    }

    private static Map<String, Tally> score(GoldCopy gold, ParsedCopy parsed) {
        Scorecard card = new Scorecard();
        card.add("doc", CopyComparison.compare(gold, parsed), null);
        return card.totals();
    }

    @Test
    void aCityWithoutItsSlashRegionMatchesTheGoldPlaceAndCaseDoesNotMatter() {
        GoldCopy given = gold(new GoldCopy.GoldDateline("IGORA /Leningrad Region/", "December 26", "TASS"), List.of(), List.of());
        ParsedCopy found = parsed(new DatelineInfo("IGORA, December 26. /TASS/.", "Igora", "December 26", null, "tass"), List.of(), List.of());

        Map<String, Tally> totals = score(given, found);

        assertThat(totals.get("dateline").exact()).isEqualTo(1.0);
        assertThat(totals.get("places").f1()).isEqualTo(1.0);
        assertThat(totals.get("headline").exact()).isEqualTo(1.0);
        assertThat(totals.get("paragraph_count").exact()).isEqualTo(1.0);
        assertThat(totals.get("subheadings").f1()).isEqualTo(1.0);
    }

    @Test
    void aDatelineFoundWhereTheGoldHasNoneIsAFalseAlarm() {
        Map<String, Tally> totals = score(gold(null, List.of(), List.of()),
                parsed(new DatelineInfo("US -", "US", null, null, null), List.of(), List.of()));

        assertThat(totals.get("dateline").falsePositives()).isEqualTo(1);
        assertThat(totals.get("dateline").exact()).isZero();
    }

    @Test
    void aQuoteMatchesByItsOpeningSixtyCharactersAndItsSpeakerIsScoredAmongMatches() {
        List<GoldCopy.GoldQuote> quotes = List.of(
                new GoldCopy.GoldQuote("The boats are ready and the crews are trained and the weather i", "Elena Sorokina", "she said"),
                new GoldCopy.GoldQuote("We will not stop,", "Elena Sorokina", "she said"));
        List<Quote> found = List.of(
                new Quote("The boats are ready and the crews are trained and the weather is fine today.", "Elena Sorokina", null, 1, 1),
                new Quote("We will not stop", "Ivan Petrov", null, 2, 1),
                new Quote("ferry", null, null, 2, 30));

        Map<String, Tally> totals = score(gold(null, quotes, List.of()), parsed(null, found, List.of()));

        assertThat(totals.get("quotes")).extracting(Tally::truePositives, Tally::falsePositives, Tally::falseNegatives)
                .containsExactly(2, 1, 0);
        assertThat(totals.get("speakers").precision()).isEqualTo(0.5);
        assertThat(totals.get("speakers").recall()).isEqualTo(0.5);
    }

    @Test
    void anEntityMatchesItsAcronymAndIgnoresALeadingTheAndATrailingLegalForm() {
        GoldCopy given = new GoldCopy("Ferry line opens", null, null, List.of(), 0, List.of(), List.of(), List.of("United States"),
                List.of("North Atlantic Treaty Organization", "Northern Ferries Ltd"), List.of(), "");
        ParsedCopy found = new ParsedCopy("Ferry line opens", null, null, List.of(), List.of(), List.of(),
                List.of(new Entity("U.S.", Entity.Kind.PLACE, List.of())),
                List.of(new Entity("NATO", Entity.Kind.ORGANIZATION, List.of()),
                        new Entity("the Northern Ferries", Entity.Kind.ORGANIZATION, List.of())), List.of());

        Map<String, Tally> totals = score(given, found);

        assertThat(totals.get("places").f1()).isEqualTo(1.0);
        assertThat(totals.get("organizations").f1()).isEqualTo(1.0);
    }

    @Test
    void aSpeakersKindInParenthesesIsIgnoredAndAnUnnamedSourceMatchesByItsHeadNoun() {
        List<GoldCopy.GoldQuote> quotes = List.of(
                new GoldCopy.GoldQuote("Evacuate now", "Country Fire Authority (notice)", null),
                new GoldCopy.GoldQuote("It spread fast", "fire brigade official (unnamed)", null),
                new GoldCopy.GoldQuote("We saw it", "fire brigade official (unnamed)", null));
        List<Quote> found = List.of(new Quote("Evacuate now", "Country Fire Authority", null, 0, 1),
                new Quote("It spread fast", "an unnamed fire brigade official", null, 1, 1),
                new Quote("We saw it", "an unnamed witness", null, 2, 1));

        Map<String, Tally> totals = score(gold(null, quotes, List.of()), parsed(null, found, List.of()));

        assertThat(totals.get("speakers").truePositives()).isEqualTo(2);
        assertThat(totals.get("speakers_given").precision()).isEqualTo(2 / 3.0);
    }

    @Test
    void speakerPrecisionCountsOnlyTheQuotesGivenASpeaker() {
        List<GoldCopy.GoldQuote> quotes = List.of(new GoldCopy.GoldQuote("One thing", "Elena Sorokina", null),
                new GoldCopy.GoldQuote("Another thing", "Elena Sorokina", null));
        List<Quote> found = List.of(new Quote("One thing", "Elena Sorokina", null, 0, 1), new Quote("Another thing", null, null, 1, 1));

        Map<String, Tally> totals = score(gold(null, quotes, List.of()), parsed(null, found, List.of()));

        assertThat(totals.get("speakers").recall()).isEqualTo(0.5);
        assertThat(totals.get("speakers_given").precision()).isEqualTo(1.0);
    }

    @Test
    void aRejectedDocumentMissesEverything() {
        Map<String, Tally> totals = score(gold(null, List.of(), List.of("Elena Sorokina")), null);

        assertThat(totals.get("headline").falseNegatives()).isEqualTo(1);
        assertThat(totals.get("people").recall()).isZero();
        assertThat(totals.get("speakers").measured()).isFalse();
    }

    @Test
    void aQuoteNobodyCanAttributeIsRightWhenTheParserSaysItCannotTellAndWrongWhenItGuesses() {
        List<GoldCopy.GoldQuote> quotes = List.of(new GoldCopy.GoldQuote("Nobody knows who said this", "unknown", null));
        Map<String, Tally> silent = score(gold(null, quotes, List.of()),
                parsed(null, List.of(new Quote("Nobody knows who said this", null, null, 0, 1)), List.of()));
        Map<String, Tally> guessed = score(gold(null, quotes, List.of()),
                parsed(null, List.of(new Quote("Nobody knows who said this", "Elena Sorokina", null, 0, 1)), List.of()));

        assertThat(silent.get("speakers").f1()).isEqualTo(1.0);
        assertThat(guessed.get("speakers").f1()).isZero();
    }
}
