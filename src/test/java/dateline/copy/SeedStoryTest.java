package dateline.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.SharedData;
import dateline.copy.eval.GoldCopy;
import dateline.story.Entity;
import dateline.story.Quote;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed story (../shared/corpus/seed) exactly as its gold file says: quotes, speakers, entities. */
class SeedStoryTest {

    @Test
    void findsTheSeedsQuotesSpeakersAndEntitiesExactly() throws Exception {
        // given
        GoldCopy gold = GoldCopy.fromJson(Files.readString(SharedData.require("corpus/seed/000.gold.json")));
        byte[] text = Files.readAllBytes(SharedData.require("corpus/seed/000.txt"));

        // when
        ParsedCopy copy = new CopyParser().parse(CopyText.decode(text), LocalDate.of(2020, 9, 12));

        // then
        List<Quote> quotes = copy.quotes();
        assertThat(quotes).hasSameSizeAs(gold.quotes());
        for (int i = 0; i < quotes.size(); i++) assertThat(quotes.get(i).text()).startsWith(gold.quotes().get(i).text().strip());
        assertThat(quotes).extracting(Quote::speaker)
                .containsExactlyElementsOf(gold.quotes().stream().map(GoldCopy.GoldQuote::speaker).toList());
        assertThat(lower(copy.people())).containsExactlyInAnyOrderElementsOf(lower(gold.people()));
        assertThat(lower(copy.places())).containsExactlyInAnyOrderElementsOf(lower(gold.places()));
        assertThat(lower(copy.organizations())).containsExactlyInAnyOrderElementsOf(lower(gold.organizations()));
    }

    private static List<String> lower(List<?> names) {
        return names.stream().map(n -> (n instanceof Entity e ? e.name() : n.toString()).toLowerCase(Locale.ROOT)).toList();
    }
}
