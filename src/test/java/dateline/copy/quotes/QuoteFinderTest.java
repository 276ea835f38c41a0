package dateline.copy.quotes;

import dateline.copy.names.EntityFinder;
import dateline.copy.lexicon.KnownEntities;

import dateline.story.Quote;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribution patterns of agency copy, on short invented stories. */
class QuoteFinderTest {
    private final EntityFinder entities = new EntityFinder(KnownEntities.none());

    private List<Quote> quotes(String... paragraphs) {
        List<Block> blocks = Arrays.stream(paragraphs).map(Block::paragraph).toList();
        return QuoteFinder.find(blocks, entities.find(null, null, null, blocks));
    }

    @Test
    void attributesToTheNameBeforeTheVerb() {
        // when
        List<Quote> quotes = quotes("\"The bridge will be finished in spring,\" Maria Lindqvist said.");

        // then
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The bridge will be finished in spring,");
            assertThat(q.speaker()).isEqualTo("Maria Lindqvist");
            assertThat(q.speakerInText()).isEqualTo("Maria Lindqvist said");
        });
    }

    @Test
    void attributesToTheNameAfterAnInvertedVerbWithItsApposition() {
        // when
        List<Quote> quotes = quotes(
                "\"We saw the water rise within minutes,\" said Tomas Berglund, a spokesman for the rescue service.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Tomas Berglund");
    }

    @Test
    void resolvesASurnameAndAnAppositionBeforeTheVerb() {
        // when
        List<Quote> quotes = quotes(
                "Harbour master Jonas Eklund said the port would stay shut.",
                "\"No ship leaves tonight,\" Eklund, a former naval officer, said.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Jonas Eklund");
    }

    @Test
    void resolvesRoleNounsThroughTheTitlesGivenBefore() {
        // given: the ambassador is introduced by title, a minister is named after him
        List<Quote> quotes = quotes(
                "LIMA, May 3. Brazilian Ambassador to Peru Rafael Mendes met Finance Minister Ana Torres on Friday.",
                "\"Trade between our countries keeps growing,\" the diplomat said.",
                "\"We will sign the accord in June,\" the ambassador noted.");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Rafael Mendes", "Rafael Mendes");
        assertThat(quotes).extracting(Quote::speakerInText).containsExactly("the diplomat said", "the ambassador noted");
    }

    @Test
    void resolvesAnAgeToThePersonNamedLast() {
        // when
        List<Quote> quotes = quotes(
                "\"Sales are down,\" said Maria Lindqvist, who chairs the growers' board.",
                "In the village, grower Tomas Berglund watched the vines go.",
                "\"It breaks my heart,\" the 58-year-old told reporters.");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Maria Lindqvist", "Tomas Berglund");
    }

    @Test
    void givesAnUnnamedSpokespersonTheBodyNamedAfterTheNoun() {
        // when
        List<Quote> quotes = quotes(
                "The Coastal Survey Agency said the tide peaked at noon.",
                "\"The water rose fast,\" a spokesman for the Easton fire brigade told reporters.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Easton fire brigade");
    }

    @Test
    void knowsTheSexOfCommonEnglishGivenNames() {
        // when
        List<Quote> quotes = quotes(
                "\"We waited two hours,\" said Harriet Vale, a commuter.",
                "\"The line is full,\" said Hugh Brand, who runs the depot.",
                "\"Next time I will drive,\" she said.");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Harriet Vale", "Hugh Brand", "Harriet Vale");
    }

    @Test
    void givesAPronounTheUnnamedSpeakerItsParagraphOpenedWith() {
        // when
        List<Quote> quotes = quotes(
                "\"We lost the whole crop,\" said Maria Lindqvist, a grower.",
                "A Survey Agency spokesman said more storms could follow. \"The air is unstable,\" he said.");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Maria Lindqvist", "Survey Agency");
    }

    @Test
    void describesAnUnnamedBodyInTheStorysWordsButNotAPressService() {
        // when
        List<Quote> quotes = quotes(
                "The fisheries ministry said in a statement that aid would come \"within weeks\".",
                "The press service noted: \"The hull is complete.\"");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("fisheries ministry", null);
    }

    @Test
    void resolvesPronounsToTheLatestPersonWhoSpokeOfTheRightSex() {
        // when
        List<Quote> quotes = quotes(
                "Mayor Anna Kowalski said the market would reopen, and her deputy Peter Novak agreed.",
                "\"The stalls are safe again,\" she told reporters.",
                "\"We checked every roof,\" he added.");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Anna Kowalski", "Peter Novak");
    }

    @Test
    void takesTheSpeakerOfAColonAttributionInThePreviousParagraph() {
        // when
        List<Quote> quotes = quotes(
                "Senior engineer Li Wen said:",
                "\"The tunnel was built to last a century.\"");

        // then
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Li Wen");
            assertThat(q.speakerInText()).isEqualTo("Li Wen said");
        });
    }

    @Test
    void keepsAQuoteOverSeveralParagraphsAsOneWithItsClosingAttribution() {
        // when
        List<Quote> quotes = quotes(
                "Health Minister Sara Okafor spoke after the meeting.",
                "“Every clinic will have a doctor by June.",
                "“Every village will have a clinic by December,” the minister said.");

        // then
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.block()).isEqualTo(1);
            assertThat(q.text()).startsWith("Every clinic").contains("\n\nEvery village");
            assertThat(q.speaker()).isEqualTo("Sara Okafor");
        });
    }

    @Test
    void givesBothSpansAroundOneAttributionTheSameSpeaker() {
        // when
        List<Quote> quotes = quotes("\"We lost,\" coach Miguel Duarte said. \"We will learn from it.\"");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Miguel Duarte", "Miguel Duarte");
    }

    @Test
    void countsPartialQuotesInReportedSpeechButNotScareQuotes() {
        // when
        List<Quote> quotes = quotes(
                "The so-called \"green corridor\" opened on Monday.",
                "Opposition leader Karl Weber called the plan \"reckless\" on Tuesday.");

        // then
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("reckless");
            assertThat(q.speaker()).isEqualTo("Karl Weber");
        });
    }

    @Test
    void leavesTheSpeakerNullWhenNothingResolvesIt() {
        // when
        List<Quote> quotes = quotes("A sign on the door read: \"Closed until further notice, sorry for the trouble.\"");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isNull();
    }

    @Test
    void attributesToTheAuthorsOfADocument() {
        // when
        List<Quote> quotes = quotes(
                "The plan was announced in a joint statement by the World Bank and the African Union.",
                "\"Funding will start next year,\" the statement said.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker)
                .isEqualTo("World Bank and African Union (joint statement)");
    }

    @Test
    void attributesAccordingToTheNamedSource() {
        // when
        List<Quote> quotes = quotes("The rains were \"the worst in fifty years\", according to Dmitry Volkov.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Dmitry Volkov");
    }

    @Test
    void describesAnUnnamedSourceInsteadOfGuessingWhoItIs() {
        // when: a named minister spoke before, but "a senior official" is someone else
        List<Quote> quotes = quotes(
                "Energy Minister Lars Holm said the pipeline was safe.",
                "\"The leak was contained within hours,\" a senior official said.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("an unnamed senior official");
    }

    @Test
    void attributesToTheOrganisationATypeNounRefersTo() {
        // when
        List<Quote> quotes = quotes(
                "The Fisheries Ministry announced new quotas on Friday.",
                "\"Stocks have recovered in the north,\" the ministry said.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Fisheries Ministry");
    }

    @Test
    void countsNoTermThatIsOnlyMentioned() {
        // when
        List<Quote> quotes = quotes(
                "The word \"ceasefire\" was not mentioned in the draft.",
                "She called the draft \"weak\" and \"far too late\".");

        // then
        assertThat(quotes).extracting(Quote::text).containsExactly("weak", "far too late");
    }

    @Test
    void attributesItToTheOrganisationJustNamed() {
        // when
        List<Quote> quotes = quotes(
                "The Harbour Authority published its figures on Monday.",
                "\"Traffic rose by a tenth,\" it said.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Harbour Authority");
    }

    @Test
    void givesAQuoteAfterAColonToTheSubjectOfItsSentence() {
        // when
        List<Quote> quotes = quotes("Coach Elena Marsh was blunt: \"We played badly and we deserved to lose.\"");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Elena Marsh");
    }

    @Test
    void countsNoNamesTitlesOrNicknamesInQuoteMarks() {
        // when
        List<Quote> quotes = quotes(
                "The company said its \"Blue Harbour\" plan would start in May.",
                "Prosecutors said Ramon \"The Fox\" Ortega had fled.");

        // then
        assertThat(quotes).isEmpty();
    }

    @Test
    void givesAnUnattributedQuoteToWhoSpokeInThePreviousParagraph() {
        // when
        List<Quote> quotes = quotes(
                "Mayor Ana Lopes said the bridge would reopen in June.",
                "\"Every crossing will be inspected twice.\"");

        // then
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Ana Lopes");
            assertThat(q.speakerInText()).isNull();
        });
    }

    @Test
    void takesTheSourceOfAccordingToUpToItsComma() {
        // when
        List<Quote> quotes = quotes(
                "Foreign Ministry spokeswoman Olga Reyes briefed reporters on Monday.",
                "According to the spokeswoman, the government of Tomas Vidal \"broke every promise\" it made.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Olga Reyes");
    }

    @Test
    void givesASpokespersonsWordsToTheBodyTheySpeakFor() {
        // when
        List<Quote> quotes = quotes(
                "The Northfield City Council approved the budget on Tuesday.",
                "A council spokeswoman said: \"Every ward will see new lighting this year.\"",
                "The Harbour Authority published its plans. \"We start in May,\" a spokesperson said.");

        // then
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Northfield City Council", "Harbour Authority");
    }

    @Test
    void countsAFragmentThatAPronounCalledSomethingAsAQuote() {
        // when
        List<Quote> quotes = quotes(
                "The council offered a small rise, which it called \"generous\" given the budget.",
                "A bridge called \"Old Crossing\" was closed.");

        // then
        assertThat(quotes).singleElement().extracting(Quote::text).isEqualTo("generous");
    }

    @Test
    void takesNoBodyNamedAfterAPrepositionAsTheSpeaker() {
        // when
        List<Quote> quotes = quotes(
                "Farmers marched in the Regional Assembly on Monday, accusing the board of doing \"nothing at all\".");

        // then
        assertThat(quotes).singleElement().extracting(Quote::speaker).isNotEqualTo("Regional Assembly");
    }
}
