package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.store.TestStores;
import dateline.store.SqlStoryStore;
import dateline.story.Actor;
import dateline.story.EditorFields;
import dateline.story.InvalidInput;
import dateline.story.MutableClock;
import dateline.story.Newsroom;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embargo times are entered in the agency's zone (here Europe/Oslo, which moves from UTC+1 to
 * UTC+2 at 01:00 UTC on 29 March 2026) and released at the right instant across the change.
 */
class EmbargoAcrossDstTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    @TempDir Path dir;
    SqlStoryStore store;
    MutableClock clock;
    StoryService stories;
    Newsroom newsroom;
    final AgencyTime time = new AgencyTime(OSLO);

    @BeforeEach
    void open() {
        store = TestStores.sqlite(dir);
        clock = new MutableClock(Instant.parse("2026-03-28T12:00:00Z"));
        stories = new StoryService(store, clock);
        newsroom = new Newsroom(stories, clock, OSLO, "DTL", dateline.story.StructureReader.NONE);
    }

    @AfterEach
    void close() { store.close(); }

    @Test
    void anEmbargoSetTheDayBeforeTheClocksGoForwardIsReleasedAtNineSummerTime() {
        Story draft = newsroom.createDraft(new EditorFields("Budget", null, "Oslo", "politics", "Text.", null, null, null),
                new Actor("ravi", false));
        Instant until = time.parseLocal("until", "2026-03-29T09:00");
        newsroom.embargo(draft.id(), 1, until, new Actor("erika", true));

        // 09:00 in Oslo that Sunday is 07:00 UTC; a day's 24 hours on from Saturday's offset would be 08:00.
        assertThat(until).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        clock.set(Instant.parse("2026-03-29T06:59:59Z"));
        newsroom.releaseDue();
        assertThat(stories.get(draft.id()).status()).isEqualTo(Status.SCHEDULED);
        clock.set(Instant.parse("2026-03-29T07:00:00Z"));
        newsroom.releaseDue();
        assertThat(stories.get(draft.id()).status()).isEqualTo(Status.PUBLISHED);
        assertThat(time.local(stories.history(draft.id()).get(1).createdAt())).isEqualTo("2026-03-28T13:00");
    }

    @Test
    void aLocalTimeTheClocksSkipIsRefusedByName() {
        assertThatThrownBy(() -> time.parseLocal("until", "2026-03-29T02:30"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("until: 2026-03-29 02:30 does not exist in Europe/Oslo (the clocks go forward at 02:00)");
    }

    @Test
    void aLocalTimeTheClocksRepeatIsTheFirstOfTheTwo() {
        assertThat(time.parseLocal("until", "2026-10-25T02:30")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void anOffsetTimeIsTheSameInstantWhateverItsZone() {
        assertThat(AgencyTime.parseOffset("until", "2026-03-29T09:00:00+02:00"))
                .isEqualTo(AgencyTime.parseOffset("until", "2026-03-29T07:00:00Z"));
        assertThatThrownBy(() -> AgencyTime.parseOffset("until", "2026-03-29T09:00")).hasMessageStartingWith("until: not ISO 8601 with an offset");
    }
}
