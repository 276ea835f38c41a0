package dateline.copy;

import dateline.copy.names.Entities;
import dateline.copy.names.EntityFinder;
import dateline.copy.lexicon.KnownEntities;
import dateline.copy.quotes.QuoteFinder;

import dateline.story.Quote;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The quote and entity finders on any input: they return, never throw, and take linear time. */
class FinderPropertiesTest {
    private static final EntityFinder FINDER = new EntityFinder(KnownEntities.none());

    @Property(tries = 300)
    void neverThrowOnArbitraryUnicode(@ForAll("paragraphs") List<String> paragraphs, @ForAll String headline) {
        List<Block> blocks = paragraphs.stream().map(Block::paragraph).toList();
        Entities entities = FINDER.find(headline, headline, null, blocks);
        List<Quote> quotes = QuoteFinder.find(blocks, entities);
        assertThat(quotes).allSatisfy(q -> assertThat(q.block()).isBetween(0, blocks.size() - 1));
    }

    @Property(tries = 1000)
    void neverThrowOnQuoteMarksNamesAndPunctuation(@ForAll("newsy") List<String> paragraphs) {
        List<Block> blocks = paragraphs.stream().map(Block::paragraph).toList();
        List<Quote> quotes = QuoteFinder.find(blocks, FINDER.find(null, null, null, blocks));
        for (Quote q : quotes) assertThat(blocks.get(q.block()).text().length()).isGreaterThanOrEqualTo(q.start());
    }

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return Arbitraries.strings().all().ofMaxLength(300).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> newsy() {
        Arbitrary<String> piece = Arbitraries.of("\"", "“", "”", "'", "‘", "’", "«", "»", " said ", " he ", " she ",
                " the diplomat ", " the statement ", " by ", "Anna Berg", "Berg", ",", ".", ":", " ", "(", ")", "UN",
                " in Paris", "'s", " according to ", "\n", "—", "-", " of ", " and ", "Ministry", "Region", "CAAN",
                "President", "Mr", "Dr.", "U.S.", " a senior official ", " it ", " his remarks ", "Storm", "Day",
                "People's", "Republic", "1", "A350", "\u0000", "\uD83D\uDE00", "é", "İ");
        return piece.list().ofMaxSize(40).map(p -> String.join("", p)).list().ofMaxSize(5);
    }

    @Test
    void takeLinearTimeOnAMegabyteOfUnbalancedQuoteMarks() {
        for (String unit : List.of("\"“ ‘a ", "“ ‘x said ", "'a ", "« Anna Berg said, ", "Zed Ab ")) {
            String huge = unit.repeat((1 << 20) / unit.length());
            List<Block> blocks = List.of(Block.paragraph(huge), Block.paragraph("“" + huge));
            long start = System.nanoTime();
            QuoteFinder.find(blocks, FINDER.find(huge.substring(0, 200), null, null, blocks));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time for 2 MB of %s", unit).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void readAThousandParagraphQuoteAsOne() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) blocks.add(Block.paragraph("“Paragraph " + i + " of the speech."));
        assertThat(QuoteFinder.find(blocks, Entities.none())).hasSize(1);
    }
}
