package dateline.copy.quotes;

import dateline.copy.names.EntityFinder;
import dateline.copy.lexicon.KnownEntities;

import dateline.story.Quote;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted terms, names and labels against quoted words, on short invented stories. */
class ScareQuotesTest {
    private final EntityFinder entities = new EntityFinder(KnownEntities.none());

    private List<String> quoted(String... paragraphs) {
        List<Block> blocks = Arrays.stream(paragraphs).map(Block::paragraph).toList();
        return QuoteFinder.find(blocks, entities.find(null, null, null, blocks)).stream().map(Quote::text).toList();
    }

    @Test
    void aTermKnownAsTheNameIsNoQuote() {
        assertThat(quoted("The farm on the hill became known as the \"ghost barn\" in local papers, Mayor Ida Strand said."))
                .isEmpty();
    }

    @Test
    void aQuotedWordBeforeTheSubjectOfAPassiveVerbIsNoQuote() {
        assertThat(quoted("Only a few weak \"dust devil\" whirls were observed near the lake on Tuesday.")).isEmpty();
    }

    @Test
    void aLabelWordEndingTheSentenceBeforeAQuoteLabelsNothing() {
        // "campaign" labels a quoted name ("the \"Clean Streets\" campaign"), but not across a full stop.
        List<String> quotes = quoted("Lena Holm mocked the spending on the campaign. \"We are running ten laps behind. We can never catch up,\" she said.");

        assertThat(quotes).singleElement().asString().startsWith("We are running ten laps behind.");
    }

    @Test
    void wordsProfessedOrShoutedAreTheSubjectsQuotes() {
        List<Block> blocks = List.of(Block.paragraph(
                "Lina Berglund, 30, made news when she professed that she would \"never leave the valley\" and recorded herself shouting \"Save the river!\" at the dam."));

        List<Quote> quotes = QuoteFinder.find(blocks, entities.find(null, null, null, blocks));

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Lina Berglund", "Lina Berglund");
    }

    @Test
    void aNameInCapitalsWithTheStopInsideTheMarksIsNoQuote() {
        assertThat(quoted("The paper also runs a forum, which it brands \"Harbour Town Voices.\" Readers post there daily.")).isEmpty();
    }

    @Test
    void aShortAnswerWithTheStopInsideTheMarksIsStillAQuote() {
        assertThat(quoted("Asked if he would run again, Mats Ekholm answered, \"Absolutely not.\"")).containsExactly("Absolutely not.");
    }

    @Test
    void aSearchTypedInLowerCaseIsNoQuote() {
        assertThat(quoted("The top recipe search of the year was 'what can i cook with eggs' by far.")).isEmpty();
    }

    @Test
    void aLowerCasePronounSaidBySomeoneIsStillAQuote() {
        assertThat(quoted("\"why, what did i do!\" the striker shouted at the referee.")).hasSize(1);
    }

    @Test
    void aProductNameBeforeItsKindIsNoQuote() {
        assertThat(quoted("The bank said it will add a new \"round up\" feature to its app, Chief Executive Nina Sand said.")).isEmpty();
    }

    @Test
    void aWordUnderDiscussionIsNoQuote() {
        assertThat(quoted("Councillor Ali Berg said stretching the definition of \"neighbour\" helps the scheme.")).isEmpty();
    }
}
