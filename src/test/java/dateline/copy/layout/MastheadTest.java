package dateline.copy.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The page around the headline: labels above it, writers and stamps under it, captions printed twice. */
class MastheadTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 6);

    private static StoryLayout.Layout layout(String text) {
        return StoryLayout.arrange(BlockSplitter.split(text), DAY);
    }

    @Test
    void aPapersNameAndABreadcrumbAboveASentenceHeadlineAreNotTheHeadline() {
        var layout = layout("""
                Riverton Herald

                Home News World

                Ferries halted as storm closes the harbour

                Storms closed the harbour at Riverton on Monday, stranding hundreds of passengers.

                The port authority said sailings would resume on Wednesday.
                """);

        assertThat(layout.headline()).isEqualTo("Ferries halted as storm closes the harbour");
        assertThat(layout.standfirst()).isNull();
        assertThat(layout.blocks()).hasSize(2);
    }

    @Test
    void aSectionLabelInCapitalsAboveAnAgencyStoryIsNotTheHeadline() {
        var layout = layout("""
                STORM SEASON

                Ferries halted as storm closes the harbour

                RIVERTON, March 6. /TASS/. Storms closed the harbour at Riverton, the port authority said.

                Sailings will resume on Wednesday, it said.
                """);

        assertThat(layout.headline()).isEqualTo("Ferries halted as storm closes the harbour");
        assertThat(layout.standfirst()).isNull();
    }

    @Test
    void aShortTitleCaseHeadlineOverADeckStaysTheHeadline() {
        var layout = layout("""
                Harbour Closed

                Storms closed the harbour at Riverton for the third time this winter

                Storms closed the harbour at Riverton on Monday, stranding hundreds of passengers.

                The port authority said sailings would resume on Wednesday.
                """);

        assertThat(layout.headline()).isEqualTo("Harbour Closed");
    }

    @Test
    void aTitleCaseHeadlineOfFourWordsOverADeckStaysTheHeadline() {
        assertThat(Masthead.isLabel("World Cup Final Postponed")).isFalse();
        assertThat(Masthead.isLabel("Home News World")).isTrue();
        assertThat(Masthead.isLabel("USA TODAY International Edition")).isTrue();
    }

    @Test
    void theWriterAndTheStampUnderTheHeadlineAreNoDeck() {
        var layout = layout("""
                Ferries halted as storm closes the harbour
                March 6, 2026 / 10:44 PM / 2 years ago

                Jane Roe Staff

                1 Min Read

                RIVERTON (Reuters) - Storms closed the harbour at Riverton on Monday, the port authority said.

                Sailings will resume on Wednesday, it said.
                """);

        assertThat(layout.headline()).isEqualTo("Ferries halted as storm closes the harbour");
        assertThat(layout.standfirst()).isNull();
        assertThat(layout.blocks()).hasSize(2);
    }

    @Test
    void aStampWithASectionLabelIsNoDeckEither() {
        var layout = layout("""
                Ferries halted as storm closes the harbour

                Regional News 6 March 2026 16:28 (UTC +04:00)

                Storms closed the harbour at Riverton on Monday, stranding hundreds of passengers.

                The port authority said sailings would resume on Wednesday.
                """);

        assertThat(layout.standfirst()).isNull();
        assertThat(layout.blocks()).hasSize(2);
    }

    @Test
    void aDeckThatNamesAnHourIsStillADeck() {
        assertThat(Masthead.isUnderHeadline("The launch is set for 10:15 Moscow time on the coast")).isFalse();
        assertThat(Masthead.isUnderHeadline("Other News Materials 20 September 2008 16:28 (UTC +04:00)")).isTrue();
    }

    @Test
    void bylinesNamingThePaperAfterASlashOrInBracketsAreBylines() {
        assertThat(Furniture.isByline("By Jane Roe / Riverton Herald")).isTrue();
        assertThat(Furniture.isByline("By Jane Roe (Riverton Herald)")).isTrue();
    }

    @Test
    void aCaptionPrintedTwiceIsFurnitureNotTwoParagraphs() {
        var layout = layout("""
                Ferries halted as storm closes the harbour

                Storms closed the harbour at Riverton on Monday, stranding hundreds of passengers.

                Waves break over the harbour wall at Riverton on Monday.
                Waves break over the harbour wall at Riverton on Monday. (Jane Roe/AP)

                The port authority said sailings would resume on Wednesday.
                """);

        assertThat(layout.blocks()).hasSize(2);
        assertThat(layout.boilerplate()).hasSize(2);
    }

    @Test
    void aCaptionClosingWithItsCreditInBracketsIsNoDeck() {
        var layout = layout("""
                Ferries halted as storm closes the harbour

                Waves broke over the harbour wall as the storm hit the coast.(AAP: Jane Roe)

                Storms closed the harbour at Riverton on Monday, stranding hundreds of passengers.

                The port authority said sailings would resume on Wednesday.
                """);

        assertThat(layout.standfirst()).isNull();
        assertThat(layout.blocks()).hasSize(2);
    }

    @Test
    void aSummaryTheLedeRewritesAtLengthIsTheDeck() {
        var layout = layout("""
                Residents told to leave as fires spread

                Residents in parts of the valley have been told they must leave now as fires spread across the hills.

                Residents in parts of the valley have been told they must leave now as fires threaten homes near Riverton.

                Warnings have been in place since Thursday afternoon.
                """);

        assertThat(layout.standfirst()).startsWith("Residents in parts of the valley have been told they must leave now as fires spread");
        assertThat(layout.blocks()).hasSize(2);
    }

    @Test
    void aFirstParagraphThatHoldsBackTheHeadlinesNameIsTheLede() {
        var layout = layout("""
                Jane Roe denies fraud charges at Riverton court

                The former council treasurer accused of taking funds from the harbour trust has denied all charges.

                Jane Roe, 52, appeared in court on Monday to answer six counts of fraud and false accounting.

                She was released on bail.
                """);

        assertThat(layout.standfirst()).isNull();
        assertThat(layout.blocks()).hasSize(3);
    }

    @Test
    void aParagraphTheScrapeRanALinkOntoIsStillAParagraph() {
        assertThat(ChromeLine.isChrome("Rain could hamper the rescue over the next three days, forecasters said. Read More")).isFalse();
        assertThat(ChromeLine.isChrome("Homes destroyed as five towns evacuated Read more")).isTrue();
        assertThat(ChromeLine.isChrome("Will the harbour reopen before summer? Read more")).isTrue();
    }
}
