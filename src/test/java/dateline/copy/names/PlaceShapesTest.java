package dateline.copy.names;

import dateline.copy.lexicon.KnownEntities;

import dateline.story.Block;
import dateline.story.Entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places no list knows, told by the shape of the phrase around them; and a state's short name. */
class PlaceShapesTest {
    private final EntityFinder finder = new EntityFinder(KnownEntities.none());

    private List<String> places(String... paragraphs) {
        List<Block> body = Arrays.stream(paragraphs).map(Block::paragraph).toList();
        return finder.find(null, null, null, body).places().stream().map(Entity::name).toList();
    }

    @Test
    void readsEachNameOfACoordinatedPluralOfRivers() {
        // when
        List<String> places = places("Water levels on the Tarna, Velm and Oska rivers kept rising on Monday.");

        // then
        assertThat(places).containsExactly("Tarna", "Velm", "Oska");
    }

    @Test
    void readsAPlaceAfterALocativeAndAWordOfPosition() {
        // when
        List<String> places = places("Rebels killed three villagers in neighbouring Korvath on Friday.");

        // then
        assertThat(places).containsExactly("Korvath");
    }

    @Test
    void readsAFeatureWhoseHeadComesFirst() {
        // when
        List<String> places = places("Heavy rain pushed the River Velmora to its highest level in a century.");

        // then
        assertThat(places).containsExactly("River Velmora");
    }

    @Test
    void listsAStatesShortNameUnderTheFullNameTheStoryGives() {
        // when
        List<String> places = places(
                "Floods killed 31 people in Democratic Republic of Congo's capital Kinshasa.",
                "Congo's government said it would rebuild the drains.");

        // then
        assertThat(places).containsExactly("Democratic Republic of Congo", "Kinshasa");
    }

    @Test
    void readsAMembersConstituencyAsAPlaceEvenWhereTheStoryNamesTheClub() {
        // when
        List<String> places = places(
                "He watched the derby against Tottenham. Mr Lammy, the MP for Tottenham, posted a photo.",
                "Jane Doe, the MP for Portsmouth South, said she would vote against the bill.");

        // then
        assertThat(places).containsExactly("Tottenham", "Portsmouth South");
    }
}
