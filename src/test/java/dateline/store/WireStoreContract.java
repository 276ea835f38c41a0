package dateline.store;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.story.ChangeKind;
import dateline.story.Status;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryStore;
import dateline.story.VersionConflict;
import dateline.wire.Entitlement;
import dateline.wire.WireChange;
import dateline.wire.clients.Client;
import dateline.wire.webhooks.Delivery;
import dateline.wire.webhooks.OutboxEntry;
import dateline.wire.webhooks.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the wire's store must do; subclasses run it on SQLite and PostgreSQL. */
abstract class WireStoreContract {
    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    private static final Instant EMBARGO = Instant.parse("2026-03-03T11:00:00Z");
    SqlStoryStore stories;
    SqlWireStore wire;

    abstract SqlStoryStore openStore();

    @BeforeEach
    void open() {
        stories = openStore();
        wire = stories.wireStore();
    }

    @AfterEach
    void close() {
        if (stories != null) stories.close();
    }

    /** Writes version {@code version} of story {@code id} straight to the store, as the newsroom would. */
    private void write(String id, int version, Status status, ChangeKind kind, String headline, Instant embargo) {
        Instant at = T0.plusSeconds(60L * version);
        Story story = new Story(id, "s", version, status, content(headline), T0, at, embargo, 0);
        stories.write(List.of(new StoryStore.Write(story, kind, version - 1, null)));
    }

    @Test
    void eachChangeIsServedAsItLeftTheStoryWithItsStandingThen() {
        write("budget", 1, Status.DRAFT, ChangeKind.DRAFTED, "Draft budget", null);
        write("budget", 2, Status.SCHEDULED, ChangeKind.EMBARGOED, "Budget at noon", EMBARGO);
        write("budget", 3, Status.PUBLISHED, ChangeKind.EMBARGO_RELEASED, "Budget at noon", null);
        write("budget", 4, Status.PUBLISHED, ChangeKind.CORRECTED, "Budget at noon, corrected", null);
        write("budget", 5, Status.WITHDRAWN, ChangeKind.WITHDRAWN, "Budget at noon, corrected", null);

        List<WireChange> changes = wire.changesSince(0, 10);

        assertThat(changes).extracting(WireChange::action)
                .containsExactly(null, "embargo", "release", "correct", "withdraw");
        assertThat(changes).extracting(c -> c.story().status())
                .containsExactly(Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED, Status.PUBLISHED, Status.WITHDRAWN);
        assertThat(changes).extracting(c -> c.story().headline())
                .containsExactly("Draft budget", "Budget at noon", "Budget at noon", "Budget at noon, corrected",
                        "Budget at noon, corrected");
        assertThat(changes).extracting(c -> c.story().version()).containsExactly(1, 2, 3, 4, 5);
        // Released since: the embargo it had is when it was released.
        assertThat(changes.get(1).story().embargoUntil()).isEqualTo(T0.plusSeconds(180));
        assertThat(changes.get(2).story().embargoUntil()).isNull();
    }

    @Test
    void aStoryStillUnderEmbargoCarriesItsEmbargoTime() {
        write("budget", 1, Status.SCHEDULED, ChangeKind.EMBARGOED, "Budget at noon", EMBARGO);

        assertThat(wire.changesSince(0, 10).get(0).story().embargoUntil()).isEqualTo(EMBARGO);
    }

    @Test
    void draftsReachNoOneEmbargoedCopyOnlyEntitledClientsAndTheReleaseEveryone() {
        write("budget", 1, Status.DRAFT, ChangeKind.DRAFTED, "Draft budget", null);
        write("budget", 2, Status.SCHEDULED, ChangeKind.EMBARGOED, "Budget at noon", EMBARGO);
        write("budget", 3, Status.PUBLISHED, ChangeKind.EMBARGO_RELEASED, "Budget at noon", null);
        List<WireChange> changes = wire.changesSince(0, 10);
        Entitlement plain = new Entitlement(Set.of(), false);
        Entitlement embargoed = new Entitlement(Set.of(), true);

        assertThat(changes.stream().filter(plain::sees).map(WireChange::action)).containsExactly("release");
        assertThat(changes.stream().filter(embargoed::sees).map(WireChange::action)).containsExactly("embargo", "release");
        assertThat(changes.stream().filter(WireChange::isPublic).map(WireChange::action)).containsExactly("release");
    }

    @Test
    void aWithdrawnStorysLaterEditsReachNoOne() {
        write("ferry", 1, Status.PUBLISHED, ChangeKind.PUBLISHED, "Ferries halted", null);
        write("ferry", 2, Status.WITHDRAWN, ChangeKind.WITHDRAWN, "Ferries halted", null);
        write("ferry", 3, Status.WITHDRAWN, ChangeKind.UPDATED, "Ferries halted, edited", null);

        List<WireChange> changes = wire.changesSince(0, 10);

        assertThat(changes.stream().filter(Entitlement.PUBLIC::sees).map(WireChange::action)).containsExactly("publish", "withdraw");
    }

    @Test
    void clientsAreFoundByTheirKeyHashAndRevocationTakesTheirKeyOutOfService() {
        Client herald = new Client("herald", "hash-1", Set.of("world", "sport"), true, 600, T0, null);
        wire.addClient(herald);

        assertThatThrownBy(() -> wire.addClient(herald)).isInstanceOf(VersionConflict.class);
        assertThat(wire.clientByKeyHash("hash-1")).contains(herald);
        assertThat(wire.replaceKey("herald", "hash-2")).isTrue();
        assertThat(wire.clientByKeyHash("hash-1")).isEmpty();
        assertThat(wire.activeKeyHashes()).containsExactly("hash-2");
        assertThat(wire.revoke("herald", T0)).isTrue();
        assertThat(wire.revoke("herald", T0)).isFalse();
        assertThat(wire.activeKeyHashes()).isEmpty();
        assertThat(wire.client("herald")).hasValueSatisfying(c -> assertThat(c.active()).isFalse());
    }

    @Test
    void theOutboxDeliversLowestSequenceFirstAndKeepsAFailedEntryWithItsNextAttempt() {
        wire.addClient(new Client("herald", "hash-1", Set.of(), false, 600, T0, null));
        Webhook hook = wire.saveWebhook(new Webhook("wh_1", "herald", "http://127.0.0.1:9/hook", "whsec_AAAA", 0, T0, null));

        wire.enqueue(hook.id(), List.of(3L, 1L, 2L), 3, T0);
        wire.enqueue(hook.id(), List.of(3L), 3, T0);
        OutboxEntry first = wire.nextInOutbox(hook.id()).orElseThrow();
        wire.failed(first, new Delivery(hook.id(), hook.url(), 1, 1, T0, 500, "failed: HTTP 500"), T0.plusSeconds(5), T0);
        OutboxEntry retried = wire.nextInOutbox(hook.id()).orElseThrow();
        wire.delivered(retried, new Delivery(hook.id(), hook.url(), 1, 2, T0.plusSeconds(5), 200, "delivered"));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(retried.failingSince()).isEqualTo(T0);
        assertThat(wire.outboxSize(hook.id())).isEqualTo(2);
        assertThat(wire.nextInOutbox(hook.id()).orElseThrow().seq()).isEqualTo(2);
        assertThat(wire.webhooks("herald").get(0).enqueuedSeq()).isEqualTo(3);
        assertThat(wire.deliveries("herald", 10)).extracting(Delivery::attempt).containsExactly(2, 1);
    }

    @Test
    void registeringADisabledEndpointAgainEnablesItKeepsWhatItIsOwedAndStartsItsGraceOver() {
        wire.addClient(new Client("herald", "hash-1", Set.of(), false, 600, T0, null));
        Webhook hook = wire.saveWebhook(new Webhook("wh_1", "herald", "http://127.0.0.1:9/hook", "whsec_AAAA", 0, T0, null));
        wire.enqueue(hook.id(), List.of(1L), 1, T0);
        OutboxEntry entry = wire.nextInOutbox(hook.id()).orElseThrow();
        wire.failed(entry, new Delivery(hook.id(), hook.url(), 1, 1, T0, 0, "failed"), T0.plusSeconds(60), T0);
        wire.disable(hook.id(), new Delivery(hook.id(), hook.url(), 1, 2, T0, 0, "endpoint disabled"));
        assertThat(wire.activeWebhooks()).isEmpty();

        Webhook again = wire.saveWebhook(new Webhook("wh_2", "herald", hook.url(), "whsec_BBBB", 9, T0.plusSeconds(90), null));

        assertThat(again.id()).isEqualTo("wh_1");
        assertThat(again.secret()).isEqualTo("whsec_BBBB");
        assertThat(again.enqueuedSeq()).isEqualTo(1);
        assertThat(wire.activeWebhooks()).extracting(Webhook::id).containsExactly("wh_1");
        OutboxEntry owed = wire.nextInOutbox("wh_1").orElseThrow();
        assertThat(owed.failingSince()).isNull();
        assertThat(owed.attempts()).isEqualTo(2);
        assertThat(owed.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
    }
}
