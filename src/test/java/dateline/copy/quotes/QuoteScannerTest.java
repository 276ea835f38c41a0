package dateline.copy.quotes;

import dateline.story.Block;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<QuoteSpan> scan(String... paragraphs) {
        return QuoteScanner.scan(java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList());
    }

    @Test
    void findsStraightCurlyAndGuillemetQuotesWithTheirOffsets() {
        // given
        String text = "\"Rain is coming,\" she said. “Bring coats,” he added. «Stay home», they wrote.";

        // when
        List<QuoteSpan> spans = scan(text);

        // then
        assertThat(spans).extracting(QuoteSpan::text).containsExactly("Rain is coming,", "Bring coats,", "Stay home");
        assertThat(spans.get(0).start()).isEqualTo(1);
        assertThat(text.substring(spans.get(1).start())).startsWith("Bring coats");
    }

    @Test
    void tellsSingleQuotesFromApostrophes() {
        // given
        String text = "The mayor's aides called the plan 'a disaster' and the farmers' union agreed, didn't it?";

        // when
        List<QuoteSpan> spans = scan(text);

        // then
        assertThat(spans).extracting(QuoteSpan::text).containsExactly("a disaster");
        assertThat(spans.get(0).single()).isTrue();
    }

    @Test
    void joinsAQuoteThatRunsOverParagraphsIntoOne() {
        // given: each paragraph reopens the quote, only the last one closes it
        List<QuoteSpan> spans = scan(
                "“The harbour will reopen next week.",
                "“The ferries will run as before,” the port director said.",
                "Nobody else spoke.");

        // then
        assertThat(spans).hasSize(1);
        QuoteSpan span = spans.get(0);
        assertThat(span.block()).isEqualTo(0);
        assertThat(span.endBlock()).isEqualTo(1);
        assertThat(span.text()).isEqualTo("The harbour will reopen next week.\n\nThe ferries will run as before,");
    }

    @Test
    void endsAnUnclosedQuoteAtItsParagraphWhenTheNextDoesNotReopen() {
        // when
        List<QuoteSpan> spans = scan("He said: “We will not stop", "The vote is on Monday.");

        // then
        assertThat(spans).extracting(QuoteSpan::text).containsExactly("We will not stop");
        assertThat(spans.get(0).endBlock()).isEqualTo(0);
    }

    @Test
    void findsTwoSpansAroundOneAttribution() {
        // when
        List<QuoteSpan> spans = scan("\"We are ready,\" the coach said. \"They are not.\"");

        // then
        assertThat(spans).extracting(QuoteSpan::text).containsExactly("We are ready,", "They are not.");
    }

    @Test
    void readsNoQuotesInSubheadings() {
        // when
        List<QuoteSpan> spans = QuoteScanner.scan(List.of(Block.subheading("\"Hope\" returns"), Block.paragraph("No quotes here.")));

        // then
        assertThat(spans).isEmpty();
    }
}
