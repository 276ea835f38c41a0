package dateline.copy;

import dateline.copy.layout.DatelineReader;

import dateline.story.DatelineInfo;
import dateline.story.Block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever it is given, the parser answers with a story or a {@link CopyRejected}, never with
 * another exception and never by hanging; and what it keeps, it keeps exactly as written.
 * Sizes are bounded so the properties run in seconds; speed itself is measured in bench/.
 */
class CopyParserPropertiesTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private final CopyParser parser = new CopyParser();

    /** Story parts that parsers trip on: quote marks of every kind, datelines, dashes, spaces. */
    private static final String[] WIRE_TOKENS = {
            "\"", "“", "”", "‘", "’", "'", "«", "»", "„", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0",
            "MOSCOW", "NEW DELHI", "IGORA /Leningrad Region/", ", ", "December 26", "Jan. 5", ". ", "/TASS/.",
            "(Reuters)", "(AP)", " — ", " -- ", " - ", ":", "/", "(", ")", "said", "Antonov", "the diplomat",
            "All news", "Updated at:", "Read also", "1 of 4.", "(Reporting by X; Editing by Y)", "SUBHEAD",
            "Headline words", "A sentence ends here.", "?", "!", "…", "\u0000", "\u0007", "\uFEFF", "é", "漢字", "😀"};

    @Provide
    Arbitrary<String> wireLike() {
        return Arbitraries.of(WIRE_TOKENS).list().ofMaxSize(300).map(tokens -> String.join("", tokens));
    }

    @Property(tries = 400)
    void anyWireLikeTextGivesAStoryOrARejection(@ForAll("wireLike") String text) {
        assertParsesOrRejects(text);
    }

    @Property(tries = 300)
    void anyUnicodeTextGivesAStoryOrARejection(@ForAll @StringLength(max = 3000) String text) {
        assertParsesOrRejects(text);
    }

    @Property(tries = 200)
    void controlCharactersAndSpacesGiveAStoryOrARejection(
            @ForAll @CharRange(from = '\u0000', to = '\u0040') @StringLength(max = 2000) String text) {
        assertParsesOrRejects(text);
    }

    @Property(tries = 300)
    void anyBytesDecodeAndParseOrAreRejected(@ForAll @Size(max = 4000) byte[] bytes) {
        assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                assertParsesOrRejects(CopyText.decode(bytes));
            } catch (CopyRejected rejected) {
                assertThat(rejected.getMessage()).isNotBlank();
            }
        });
    }

    @Provide
    Arbitrary<String> hugeLine() {
        Arbitrary<String> unit = Arbitraries.of("\"", "“", "«", "  ", "MOSCOW (Reuters) - ", "word ", "A. ", "’");
        Arbitrary<Integer> repeats = Arbitraries.integers().between(1_000, 60_000);
        return unit.list().ofMinSize(1).ofMaxSize(3).flatMap(units -> repeats.map(n -> String.join("", units).repeat(n)));
    }

    @Property(tries = 15)
    void hugeLinesOfUnbalancedQuotesGiveAStoryOrARejectionInTime(@ForAll("hugeLine") String text) {
        assertParsesOrRejects(text);
    }

    @Property(tries = 200)
    void everythingKeptIsPrintedExactlyAsInTheCopy(@ForAll("wireLike") String text) {
        ParsedCopy copy = parseOrNull(text);
        if (copy == null) return;
        if (copy.headline() != null) assertThat(text).contains(copy.headline());
        if (copy.standfirst() != null) assertThat(text).contains(copy.standfirst());
        for (Block block : copy.blocks()) assertThat(text).contains(block.text());
        for (String line : copy.boilerplate()) assertThat(text).contains(line);
        if (copy.dateline() != null) assertThat(copy.blocks().get(0).text()).startsWith(copy.dateline().written());
    }

    @Property(tries = 500)
    void aDatelineIsAlwaysAPrefixOfItsParagraphAndItsPlaceAPrefixOfTheDateline(@ForAll("wireLike") String text) {
        DatelineInfo dateline = DatelineReader.readStoryStart(text, LocalDate.of(2026, 11, 26));
        if (dateline == null) return;
        assertThat(text).startsWith(dateline.written());
        if (dateline.place() != null) assertThat(dateline.written()).startsWith(dateline.place());
        if (dateline.dateText() != null) assertThat(dateline.written()).contains(dateline.dateText());
        if (dateline.agency() != null) assertThat(dateline.written()).contains(dateline.agency());
    }

    private void assertParsesOrRejects(String text) {
        assertTimeoutPreemptively(PATIENCE, () -> {
            ParsedCopy copy = parseOrNull(text);
            if (copy != null) assertThat(copy.headline() != null || !copy.blocks().isEmpty()).isTrue();
        });
    }

    private ParsedCopy parseOrNull(String text) {
        try {
            return parser.parse(text, LocalDate.of(2026, 11, 26));
        } catch (CopyRejected rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return null;
        }
    }
}
