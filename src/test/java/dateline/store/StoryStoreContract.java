package dateline.store;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.story.ChangeKind;
import dateline.story.FeedPage;
import dateline.story.FeedQuery;
import dateline.story.Filed;
import dateline.story.Filing;
import dateline.story.InvalidInput;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import dateline.story.StoryStore;
import dateline.story.StorySummary;
import dateline.story.TickingClock;
import dateline.story.VersionConflict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do; subclasses run it on SQLite and PostgreSQL. */
abstract class StoryStoreContract {
    SqlStoryStore store;
    StoryService stories;

    abstract SqlStoryStore openStore();

    @BeforeEach
    void open() {
        store = openStore();
        stories = new StoryService(store, new TickingClock(Instant.parse("2026-03-03T08:00:00Z"), Duration.ofMinutes(1)));
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    private Story file(String headline) {
        return stories.file(new Filing(null, null, content(headline))).story();
    }

    @Test
    void filingAStoryStoresVersionOneItsRevisionAndAChangeLogEntry() {
        Story story = file("Ferries halted by ice in Oslo harbour");

        assertThat(stories.get(story.id())).isEqualTo(story);
        assertThat(story.version()).isEqualTo(1);
        assertThat(stories.history(story.id())).singleElement()
                .satisfies(r -> assertThat(r.change()).isEqualTo(ChangeKind.PUBLISHED));
        assertThat(stories.changesSince(0, 10)).singleElement()
                .satisfies(c -> assertThat(c.seq()).isEqualTo(story.seq()));
    }

    @Test
    void contentRoundTripsExactlyWithDatelineBlocksQuotesAndEntities() {
        Story story = file("Ferries halted by ice in Oslo harbour");

        StoryContent stored = stories.get(story.id()).content();

        assertThat(stored).isEqualTo(content("Ferries halted by ice in Oslo harbour"));
    }

    @Test
    void aScheduledStoryKeepsItsEmbargoAndNewsroomFieldsAndStaysOffEveryPublicList() {
        StoryContent c = content("Budget to be unveiled at noon");
        StoryContent withDesk = new StoryContent(c.headline(), c.standfirst(), c.dateline(), c.blocks(), c.quotes(),
                c.people(), c.places(), c.organizations(), c.section(), c.language(), "By Anna Berg", "OSLO-BUDGET", 3);
        Instant filed = Instant.parse("2026-03-03T08:00:00Z");
        Instant embargo = Instant.parse("2026-03-03T11:00:00Z");
        Story scheduled = new Story("budget-noon", "budget-to-be-unveiled-at-noon", 1, Status.SCHEDULED, withDesk,
                filed, filed, embargo, 0);

        Story written = store.write(List.of(new StoryStore.Write(scheduled, ChangeKind.EMBARGOED, 0, null))).get(0);

        Story read = stories.get("budget-noon");
        assertThat(read.embargoUntil()).isEqualTo(embargo);
        assertThat(read.status()).isEqualTo(Status.SCHEDULED);
        assertThat(read.content()).isEqualTo(withDesk);
        assertThat(stories.changesSince(0, 10)).singleElement()
                .satisfies(change -> assertThat(change.kind()).isEqualTo(ChangeKind.EMBARGOED));
        assertThat(stories.latest(new FeedQuery(null, null, 10)).items()).isEmpty();
        assertThatThrownBy(() -> stories.publicStory(written.id())).isInstanceOf(dateline.story.StoryNotFound.class);
    }

    @Test
    void anUpdateAddsAVersionAndKeepsEveryRevision() {
        Story first = file("Ferries halted by ice in Oslo harbour");

        Story second = stories.update(first.id(), content("Ferries resume in Oslo harbour"), 1);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.firstCreated()).isEqualTo(first.firstCreated());
        assertThat(second.versionCreated()).isAfter(first.versionCreated());
        assertThat(stories.history(first.id())).extracting(r -> r.content().headline())
                .containsExactly("Ferries halted by ice in Oslo harbour", "Ferries resume in Oslo harbour");
        assertThat(stories.changesSince(0, 10)).extracting(c -> c.kind())
                .containsExactly(ChangeKind.PUBLISHED, ChangeKind.UPDATED);
        assertThat(second.seq()).isGreaterThan(first.seq());
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefusedAndStoresNothing() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        stories.update(story.id(), content("Ferries resume in Oslo harbour"), 1);

        assertThatThrownBy(() -> stories.update(story.id(), content("A late edit"), 1))
                .isInstanceOf(VersionConflict.class).hasMessageContaining("version 2");
        assertThat(stories.history(story.id())).hasSize(2);
        assertThat(stories.headSeq()).isEqualTo(stories.changesSince(0, 10).get(1).seq());
    }

    @Test
    void aWriteBasedOnAVersionAnotherWriterReplacedIsAConflictAndStoresNothing() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        Story first = new Story(story.id(), story.slug(), 2, Status.PUBLISHED, content("Edit one"),
                story.firstCreated(), story.versionCreated().plusSeconds(1), null, 0);
        Story second = new Story(story.id(), story.slug(), 2, Status.PUBLISHED, content("Edit two"),
                story.firstCreated(), story.versionCreated().plusSeconds(2), null, 0);
        store.write(List.of(new StoryStore.Write(first, ChangeKind.UPDATED, 1, null)));

        assertThatThrownBy(() -> store.write(List.of(new StoryStore.Write(second, ChangeKind.UPDATED, 1, null))))
                .isInstanceOf(VersionConflict.class).hasMessageContaining(story.id());
        assertThat(stories.get(story.id()).headline()).isEqualTo("Edit one");
        assertThat(stories.history(story.id())).hasSize(2);
        assertThat(stories.changesSince(0, 10)).hasSize(2);
    }

    @Test
    void filingTheSameNewStoryIdTwiceIsAConflict() {
        Story story = file("Ferries halted by ice in Oslo harbour");
        Story again = new Story(story.id(), story.slug(), 1, Status.PUBLISHED, content("Another"),
                story.firstCreated(), story.versionCreated(), null, 0);

        assertThatThrownBy(() -> store.write(List.of(new StoryStore.Write(again, ChangeKind.PUBLISHED, 0, null))))
                .isInstanceOf(VersionConflict.class).hasMessageContaining("already exists");
        assertThat(stories.headSeq()).isEqualTo(story.seq());
    }

    @Test
    void oneBatchCanCreateAStoryAndUpdateIt() {
        List<Filed> filed = stories.fileAll(List.of(
                new Filing(null, "file:twice.txt", content("First take")),
                new Filing(null, "file:twice.txt", content("Second take"))));

        assertThat(filed).extracting(Filed::outcome).containsExactly(Filed.Outcome.CREATED, Filed.Outcome.UPDATED);
        assertThat(stories.get(filed.get(0).story().id()).version()).isEqualTo(2);
        assertThat(filed.get(1).story().seq()).isEqualTo(filed.get(0).story().seq() + 1);
    }

    @Test
    void refilingTheSameSourceUpdatesItAndIdenticalCopyChangesNothing() {
        Filed first = stories.file(new Filing(null, "file:ice.txt", content("Ferries halted by ice")));
        Filed again = stories.file(new Filing(null, "file:ice.txt", content("Ferries halted by ice")));
        Filed changed = stories.file(new Filing(null, "file:ice.txt", content("Ferries halted by thick ice")));

        assertThat(again.outcome()).isEqualTo(Filed.Outcome.UNCHANGED);
        assertThat(changed.outcome()).isEqualTo(Filed.Outcome.UPDATED);
        assertThat(changed.story().id()).isEqualTo(first.story().id());
        assertThat(changed.story().version()).isEqualTo(2);
        assertThat(stories.latest(new FeedQuery(null, null, 10)).items()).hasSize(1);
    }

    @Test
    void aBatchWithOneInvalidStoryStoresNothing() {
        StoryContent noHeadline = new StoryContent(" ", null, null, content("x").blocks(), null, null, null, null, null, "en");

        assertThatThrownBy(() -> stories.fileAll(List.of(
                new Filing(null, "a", content("Good story")), new Filing(null, "b", noHeadline))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("headline");
        assertThat(stories.headSeq()).isZero();
    }

    @Test
    void theLatestStoriesComeNewestFirstAndTheCursorHoldsWhileNewOnesArrive() {
        for (int i = 1; i <= 5; i++) file("Story " + i);

        FeedPage first = stories.latest(new FeedQuery(null, null, 2));
        file("Story 6 arrives while a reader pages");
        FeedPage second = stories.latest(new FeedQuery(null, first.next(), 2));
        FeedPage third = stories.latest(new FeedQuery(null, second.next(), 2));

        assertThat(first.items()).extracting(StorySummary::headline).containsExactly("Story 5", "Story 4");
        assertThat(second.items()).extracting(StorySummary::headline).containsExactly("Story 3", "Story 2");
        assertThat(third.items()).extracting(StorySummary::headline).containsExactly("Story 1");
        assertThat(third.next()).isNull();
    }

    @Test
    void theLatestStoriesCanBeFilteredBySection() {
        stories.file(new Filing(null, null, content("Budget passes", "politics")));
        stories.file(new Filing(null, null, content("Storm nears coast", "world")));

        FeedPage politics = stories.latest(new FeedQuery("politics", null, 10));

        assertThat(politics.items()).extracting(StorySummary::headline).containsExactly("Budget passes");
    }

    @Test
    void aWithdrawnStoryLeavesTheListsButKeepsItsHistory() {
        Story story = file("Ferries halted by ice in Oslo harbour");

        Story withdrawn = stories.withdraw(story.id(), 1);

        assertThat(withdrawn.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(stories.latest(new FeedQuery(null, null, 10)).items()).isEmpty();
        assertThat(stories.history(story.id())).hasSize(2);
        assertThat(stories.changesSince(story.seq(), 10)).extracting(c -> c.kind()).containsExactly(ChangeKind.WITHDRAWN);
    }

    @Test
    void aNewTextOfAWithdrawnStoryKeepsItWithdrawn() {
        Story story = stories.file(new Filing(null, "file:ice.txt", content("Ferries halted by ice"))).story();
        stories.withdraw(story.id(), 1);

        Filed refiled = stories.file(new Filing(null, "file:ice.txt", content("Ferries halted by thick ice")));

        assertThat(refiled.story().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(stories.latest(new FeedQuery(null, null, 10)).items()).isEmpty();
    }

    @Test
    void changeLogSequencesOnlyGrowAndCanBeReadInPages() {
        for (int i = 1; i <= 7; i++) file("Story " + i);

        var firstPage = stories.changesSince(0, 4);
        var rest = stories.changesSince(firstPage.get(3).seq(), 10);

        assertThat(firstPage).hasSize(4);
        assertThat(rest).hasSize(3);
        assertThat(rest.get(0).seq()).isGreaterThan(firstPage.get(3).seq());
        assertThat(stories.headSeq()).isEqualTo(rest.get(2).seq());
    }

    @Test
    void oneImportAtATimeHoldsTheImportLockAndLetsGoOfItWhenDone() {
        var first = store.tryLockImports();
        var second = store.tryLockImports();

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        first.get().close();
        try (var again = store.tryLockImports().orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void storiesAreFoundByTheSourceTheyWereImportedFrom() {
        Story ferry = stories.file(new Filing(null, "file:days/1/001.txt", content("Ferries halted"))).story();
        stories.file(new Filing(null, "file:days/2/001.txt", content("Strike ends")));

        var found = stories.importedFrom(List.of("file:days/1/001.txt", "file:never.txt"));

        assertThat(found).containsOnlyKeys("file:days/1/001.txt");
        assertThat(found.get("file:days/1/001.txt").id()).isEqualTo(ferry.id());
    }
}
