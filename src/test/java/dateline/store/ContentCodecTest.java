package dateline.store;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.story.StoreFailure;
import dateline.story.StoryContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentCodecTest {

    @Test
    void a_row_written_by_the_first_release_reads_as_the_same_story() throws IOException {
        // Given the exact text the first release stored for the fixture story (shape 1, unnumbered)
        String shapeOne = resource("/store/content-shape1.json");

        // When it is read today
        StoryContent read = ContentCodec.read(shapeOne);

        // Then nothing of it is lost or changed
        assertThat(read).isEqualTo(content("Ferries halted in Oslo harbour"));
    }

    @Test
    void content_survives_a_round_trip_and_is_written_as_shape_2() {
        StoryContent story = content("Ferries halted in Oslo harbour");

        String written = ContentCodec.write(story);

        assertThat(written).startsWith("{\"shape\":2,").contains("\"speaker_in_text\"", "\"kind\":\"subheading\"");
        assertThat(ContentCodec.read(written)).isEqualTo(story);
    }

    @Test
    void a_field_this_version_does_not_know_fails_the_read_instead_of_being_dropped() {
        String written = ContentCodec.write(content("Ferries halted"))
                .replace("\"speaker_in_text\"", "\"tone\":\"calm\",\"speaker_in_text\"");

        assertThatThrownBy(() -> ContentCodec.read(written))
                .isInstanceOf(StoreFailure.class)
                .hasMessageContaining("content.quotes[0]: unknown field \"tone\"");
    }

    @Test
    void a_newer_shape_fails_with_the_shapes_this_version_reads() {
        String written = ContentCodec.write(content("Ferries halted")).replace("\"shape\":2", "\"shape\":3");

        assertThatThrownBy(() -> ContentCodec.read(written))
                .isInstanceOf(StoreFailure.class)
                .hasMessageContaining("shape 3 is not known to this version (it reads shapes 1 to 2)");
    }

    @Test
    void an_unknown_block_kind_fails_the_read() {
        String written = ContentCodec.write(content("Ferries halted")).replace("\"subheading\"", "\"pullquote\"");

        assertThatThrownBy(() -> ContentCodec.read(written)).hasMessageContaining("unknown kind \"pullquote\"");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ContentCodecTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
