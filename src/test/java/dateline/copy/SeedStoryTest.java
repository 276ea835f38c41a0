package dateline.copy;

import dateline.story.Entity;
import dateline.story.Quote;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed story (../shared/corpus/seed) exactly as its gold file says: quotes, speakers, entities. */
class SeedStoryTest {

    @Test
    void findsTheSeedsQuotesSpeakersAndEntitiesExactly() throws Exception {
        // given
        GoldStory seed = GoldStory.load(SharedData.require("corpus/seed")).get(0);

        // when
        Entities entities = new EntityFinder(KnownEntities.none())
                .find(seed.headline(), seed.standfirst(), seed.dateline(), seed.blocks());
        List<Quote> quotes = QuoteFinder.find(seed.blocks(), entities);

        // then
        List<String> wantTexts = new ArrayList<>();
        List<String> wantSpeakers = new ArrayList<>();
        seed.gold().path("quotes").forEach(q -> {
            wantTexts.add(q.path("text").asText().strip());
            wantSpeakers.add(q.path("speaker").asText());
        });
        assertThat(quotes).hasSameSizeAs(wantTexts);
        for (int i = 0; i < quotes.size(); i++) assertThat(quotes.get(i).text()).startsWith(wantTexts.get(i));
        assertThat(quotes).extracting(Quote::speaker).containsExactlyElementsOf(wantSpeakers);
        assertThat(lower(entities.people())).containsExactlyInAnyOrderElementsOf(lower(seed.names("people")));
        assertThat(lower(entities.places())).containsExactlyInAnyOrderElementsOf(lower(seed.names("places")));
        assertThat(lower(entities.organizations())).containsExactlyInAnyOrderElementsOf(lower(seed.names("organizations")));
    }

    private static List<String> lower(List<?> names) {
        return names.stream().map(n -> (n instanceof Entity e ? e.name() : n.toString()).toLowerCase(Locale.ROOT)).toList();
    }
}
