package dateline.wire;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.ChangeKind;
import dateline.story.Status;
import dateline.story.Story;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireChangeTest {
    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    @Test
    void aShapeMadeOfAnotherShapeIsWrittenWhateverBinsTheirKeysFallIn() {
        // An SSE frame is made of the change's JSON, both cached on the change. Two keys that
        // share a bin of a fresh cache (one pair in eight) once made every stream of a run fail;
        // 200 pairs of keys (strings: the same bins every run) are sure to include such pairs.
        for (int i = 0; i < 200; i++) {
            WireChange change = new WireChange(7, ChangeKind.PUBLISHED,
                    new Story("ferry", "ferry", 1, Status.PUBLISHED, content("Ferries halted"), T0, T0, null, 7));
            String inner = "json-" + i;
            byte[] frame = change.rendered("frame-" + i, c -> ("data: " + new String(
                    c.rendered(inner, x -> inner.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));

            assertThat(new String(frame, StandardCharsets.UTF_8)).isEqualTo("data: " + inner);
        }
    }
}
