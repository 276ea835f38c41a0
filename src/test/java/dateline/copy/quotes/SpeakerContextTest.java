package dateline.copy.quotes;

import dateline.copy.names.EntityFinder;
import dateline.copy.lexicon.KnownEntities;

import dateline.story.Quote;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers found from the context of a quote: unnamed sources referred to again, subjects of the sentence before. */
class SpeakerContextTest {
    private final EntityFinder entities = new EntityFinder(KnownEntities.none());

    private List<Quote> quotes(String... paragraphs) {
        List<Block> blocks = Arrays.stream(paragraphs).map(Block::paragraph).toList();
        return QuoteFinder.find(blocks, entities.find(null, null, null, blocks));
    }

    @Test
    void theSpokespersonIsTheUnnamedSpokespersonWhoSpokeBefore() {
        List<Quote> quotes = quotes(
                "\"Ferries will run late all week,\" a spokesperson for the operator told reporters.",
                "Delays of an hour were reported on Monday.",
                "\"Crews are working nights,\" the spokesperson said.");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("an unnamed spokesperson", "an unnamed spokesperson");
    }

    @Test
    void theSpokespersonReachesNoFurtherThanAFewParagraphs() {
        List<Quote> quotes = quotes(
                "\"Ferries will run late all week,\" a spokesperson for the operator told reporters.",
                "Delays of an hour were reported on Monday.", "The line opened in 1990.", "It carries 4,000 people a day.",
                "Fares rose in May.", "\"Crews are working nights,\" the spokesperson said.");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("an unnamed spokesperson", null);
    }

    @Test
    void theOneQuotedAsSayingIsTheSpeakerNotTheInterviewer() {
        List<Quote> quotes = quotes("Mayor Ola Berntsen has criticised the plan.",
                "Berntsen was quoted in an interview with blogger Per Lunde as saying: \"The plan costs too much.\"");

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Ola Berntsen");
    }

    @Test
    void aQuoteAfterASentenceWhoseSubjectIsTheOnlyPersonNamedIsTheirs() {
        List<Quote> quotes = quotes(
                "Rejecting the report, party spokesman Jonas Falk put the blame on the council. \"We know who decided this.\"",
                "Erik Dahl was arrested on Monday. \"He is innocent and we will prove it.\"");

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Jonas Falk", null);
    }
}
