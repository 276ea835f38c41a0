package dateline.copy.names;

import dateline.copy.lexicon.KnownEntities;

import dateline.story.Block;
import dateline.story.Entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "the Belgorod region": a region named after its centre, with "region" in lower case, is a place of that name. */
class OblastRegionsTest {
    private final EntityFinder finder = new EntityFinder(KnownEntities.none());

    private List<String> places(String... paragraphs) {
        List<Block> body = Arrays.stream(paragraphs).map(Block::paragraph).toList();
        return finder.find(null, null, null, body).places().stream().map(Entity::name).toList();
    }

    @Test
    void listsTheRegionByItsOwnNameApartFromTheCity() {
        // when
        List<String> places = places(
                "Drones were shot down over the Belgorod region overnight, the governor said.",
                "Shelling hit a school in Kharkiv, and two villages in the Kharkiv oblast lost power.");

        // then
        assertThat(places).containsExactly("Belgorod region", "Kharkiv", "Kharkiv oblast");
    }

    @Test
    void keepsACountrysPossessiveApartFromTheRegion() {
        // when
        List<String> places = places("A fire broke out at a depot in Ukraine's Zaporizhzhia region on Sunday.");

        // then
        assertThat(places).containsExactly("Ukraine", "Zaporizhzhia region");
    }

    @Test
    void leavesARegionNamedOnlyInPassingToItsPlaceElsewhere() {
        // when: Valencia is no oblast, "the Valencia region" is Valencia; plural regions name each place
        List<String> places = places(
                "Hail destroyed crops in the Valencia region on Wednesday.",
                "Drones were downed over the Bryansk, Kursk and Oryol regions.");

        // then
        assertThat(places).containsExactly("Valencia", "Bryansk", "Kursk", "Oryol");
    }
}
