package dateline.copy;

import dateline.story.Block;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.SharedData;
import dateline.copy.eval.GoldCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seed (../shared/corpus/seed/000) parses to exactly its hand-checked structure. */
class SeedCopyTest {

    private static ParsedCopy seed() throws IOException {
        Path text = SharedData.require("corpus/seed/000.txt");
        return new CopyParser().parse(CopyText.decode(Files.readAllBytes(text)), LocalDate.of(2020, 9, 12));
    }

    private static GoldCopy gold() throws IOException {
        return GoldCopy.fromJson(Files.readString(SharedData.require("corpus/seed/000.gold.json")));
    }

    @Test
    void theSeedHasItsGoldHeadlineStandfirstAndDateline() throws IOException {
        ParsedCopy copy = seed();
        GoldCopy gold = gold();

        assertThat(copy.headline()).isEqualTo(gold.headline());
        assertThat(copy.standfirst()).isEqualTo(gold.standfirst());
        assertThat(new GoldCopy.GoldDateline(copy.dateline().place(), copy.dateline().dateText(), copy.dateline().agency()))
                .isEqualTo(gold.dateline());
        assertThat(copy.dateline().written()).isEqualTo("WASHINGTON, September 12. /TASS/.");
        assertThat(copy.dateline().date()).isEqualTo(LocalDate.of(2020, 9, 12));
    }

    @Test
    void theSeedHasItsGoldSubheadingParagraphsAndBoilerplate() throws IOException {
        ParsedCopy copy = seed();
        GoldCopy gold = gold();

        assertThat(copy.blocks()).filteredOn(b -> !b.isParagraph()).extracting(Block::text)
                .containsExactlyElementsOf(gold.subheadings());
        assertThat(copy.blocks()).filteredOn(Block::isParagraph).hasSize(gold.paragraphCount());
        assertThat(copy.boilerplate()).containsExactlyElementsOf(gold.boilerplate());
        assertThat(copy.blocks().get(0).text()).startsWith(copy.dateline().written() + " Russia is ready");
    }
}
