package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.auth.AccountStore;
import dateline.auth.Accounts;
import dateline.auth.NewUser;
import dateline.auth.Role;
import dateline.auth.Session;
import dateline.story.Actor;
import dateline.story.ChangeKind;
import dateline.story.EditorFields;
import dateline.story.FeedQuery;
import dateline.story.InvalidInput;
import dateline.story.MutableClock;
import dateline.story.Newsroom;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The newsroom's writes and the accounts, on every store; subclasses run it on SQLite and PostgreSQL. */
abstract class NewsroomContract {
    static final Actor EDITOR = new Actor("erika", true);
    static final Actor REPORTER = new Actor("ravi", false);
    SqlStoryStore store;
    MutableClock clock;
    StoryService stories;
    Newsroom newsroom;
    Accounts accounts;

    abstract SqlStoryStore openStore();

    @BeforeEach
    void open() {
        store = openStore();
        clock = new MutableClock(Instant.parse("2026-03-28T10:00:00Z"));
        stories = new StoryService(store, clock);
        newsroom = new Newsroom(stories, clock, ZoneId.of("Europe/Oslo"), "DTL", dateline.story.StructureReader.NONE);
        accounts = new Accounts(SqlAccountStore.on(store), clock, 4, Duration.ofHours(12));
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    static EditorFields fields(String headline) {
        return new EditorFields(headline, "A standfirst", "Oslo", "world", "First paragraph.\n\n## A subheading\n\nSecond one.",
                "By Anna Berg", "OSLO-ICE", 4);
    }

    private Story draft(String headline) {
        return newsroom.createDraft(fields(headline), REPORTER);
    }

    @Test
    void aDraftKeepsItsFieldsExactlyAndIsOnNoPublicList() {
        Story draft = draft("Ferries halted");

        assertThat(newsroom.fields(stories.get(draft.id()))).isEqualTo(fields("Ferries halted"));
        assertThat(stories.latest(new FeedQuery(null, null, 10)).items()).isEmpty();
        assertThat(stories.desk(Status.DRAFT, 10)).singleElement().satisfies(item -> {
            assertThat(item.story().id()).isEqualTo(draft.id());
            assertThat(item.lastActor()).isEqualTo("ravi");
        });
    }

    @Test
    void publishingADraftDatesItAtPublicationAndPutsItOnAllNews() {
        Story draft = draft("Ferries halted");
        clock.advance(Duration.ofHours(2));

        Story published = newsroom.publish(draft.id(), 1, EDITOR);

        assertThat(published.firstCreated()).isEqualTo(Instant.parse("2026-03-28T12:00:00Z"));
        assertThat(stories.get(draft.id())).as("as stored").isEqualTo(published);
        assertThat(stories.latest(new FeedQuery(null, null, 10)).items()).extracting(s -> s.id()).containsExactly(draft.id());
        assertThat(stories.publicHistory(draft.id())).extracting(r -> r.change()).containsExactly(ChangeKind.PUBLISHED);
    }

    @Test
    void notesAndAuthorsAreKeptOnRevisionsAndEveryWriteIsAudited() {
        Story draft = draft("Ferries halted");
        newsroom.publish(draft.id(), 1, EDITOR);
        newsroom.correct(draft.id(), 2, null, "The harbour was misnamed.", EDITOR);
        newsroom.withdraw(draft.id(), 3, "Not confirmed.", EDITOR);

        assertThat(stories.history(draft.id())).extracting(r -> r.change().wireName() + "|" + r.actor() + "|" + r.note())
                .containsExactly("drafted|ravi|null", "published|erika|null", "corrected|erika|The harbour was misnamed.",
                        "withdrawn|erika|Not confirmed.");
        assertThat(accounts.auditLog(10)).extracting(e -> e.action() + " " + e.storyId() + " v" + e.version())
                .contains("withdrawn " + draft.id() + " v4", "drafted " + draft.id() + " v1");
    }

    @Test
    void anEmbargoedStoryIsReleasedAtItsTimeAndNotBefore() {
        Story draft = draft("Budget embargoed");
        newsroom.embargo(draft.id(), 1, Instant.parse("2026-03-28T11:00:00Z"), EDITOR);

        clock.set(Instant.parse("2026-03-28T10:59:59.999Z"));
        assertThat(newsroom.releaseDue()).isZero();
        assertThat(stories.get(draft.id()).status()).isEqualTo(Status.SCHEDULED);
        clock.set(Instant.parse("2026-03-28T11:00:00Z"));
        assertThat(newsroom.releaseDue()).isEqualTo(1);

        Story released = stories.get(draft.id());
        assertThat(released.status()).isEqualTo(Status.PUBLISHED);
        assertThat(released.embargoUntil()).isNull();
        assertThat(stories.history(draft.id())).extracting(r -> r.change() + " " + r.actor())
                .containsExactly("DRAFTED ravi", "EMBARGOED erika", "EMBARGO_RELEASED scheduler");
        assertThat(newsroom.releaseDue()).isZero();
    }

    @Test
    void badFieldsAreAllReportedAndNothingIsStored() {
        EditorFields bad = new EditorFields("", null, null, "gossip", "", null, null, 0);

        assertThatThrownBy(() -> newsroom.createDraft(bad, REPORTER)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(p -> p.substring(0, p.indexOf(':')))
                        .contains("headline", "place", "section", "body", "urgency"));
        assertThat(stories.headSeq()).isZero();
    }

    @Test
    void theFirstAdminIsMadeOnceOnly() {
        assertThat(accounts.addFirstAdmin()).hasValueSatisfying(admin -> assertThat(admin.user().role()).isEqualTo(Role.ADMIN));
        assertThat(accounts.addFirstAdmin()).isEmpty();
        assertThat(accounts.users()).singleElement().satisfies(u -> assertThat(u.mustChangePassword()).isTrue());
    }

    @Test
    void sessionsExpireAndAPasswordChangeEndsTheOthers() {
        NewUser user = accounts.addUser("nina", Role.EDITOR, "test");
        Session first = accounts.login("nina", user.oneTimePassword(), "127.0.0.1");
        Session second = accounts.login("nina", user.oneTimePassword(), "127.0.0.2");

        Session changed = accounts.changePassword(second, user.oneTimePassword(), "a long new password");

        assertThat(changed.user().mustChangePassword()).isFalse();
        assertThat(accounts.session(first.secret())).isEmpty();
        assertThat(accounts.session(second.secret())).isPresent();
        clock.advance(Duration.ofHours(12));
        assertThat(accounts.session(second.secret())).isEmpty();
    }

    @Test
    void aTokenFindsItsUserUntilRevokedAndOnlyItsDigestIsStored() {
        accounts.addUser("nina", Role.REPORTER, "test");
        String token = accounts.issueToken("nina", "test");

        assertThat(accounts.userByToken(token)).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("nina"));
        AccountStore raw = SqlAccountStore.on(store);
        assertThat(raw.userByToken(token)).isEmpty();
        accounts.revokeToken("nina", "test");
        assertThat(accounts.userByToken(token)).isEmpty();
    }

    @Test
    void aLoginWithAnOverlongMadeUpNameIsRefusedAndAuditedWithoutFailingTheStore() {
        String name = "x".repeat(300);

        assertThatThrownBy(() -> accounts.login(name, "guess", "127.0.0.1")).isInstanceOf(dateline.auth.NotSignedIn.class);
        assertThat(accounts.auditLog(1)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("login-failed");
            assertThat(e.actor()).hasSize(64);
        });
    }
}
