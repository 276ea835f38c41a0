package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.story.Change;
import dateline.story.Filing;
import dateline.story.Story;
import dateline.story.StoryService;
import dateline.wire.FastWire;
import dateline.wire.WebhookReceiver;
import dateline.wire.WebhookReceiver.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private static void fileSome(StoryService stories, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            Story story = stories.file(new Filing(null, null, content(prefix + " story " + i))).story();
            if (i % 4 == 1) stories.update(story.id(), content(prefix + " story " + i + ", updated"), 1);
            if (i % 4 == 3) stories.withdraw(story.id(), 1);
        }
    }

    private static List<String> allSeqs(RunningApp site) {
        return site.app().stories().changesSince(0, 10_000).stream().map(c -> Long.toString(c.seq())).toList();
    }

    @Test
    @Timeout(120)
    void aReceiverThatFailsTimesOutAndRecoversGetsEveryChangeInOrderSignedAcrossARestart() throws Exception {
        // Requests 1-3 fail, 4-5 stall past the timeout, then all succeed except a second burst of failures at 20-22.
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n <= 3 || n >= 20 && n <= 22 ? Answer.fail()
                : n <= 5 ? Answer.stall() : Answer.ok())) {
            String secret;
            try (RunningApp first = new RunningApp(dir, FastWire.settings())) {
                first.app().wire().clients().add("herald", List.of(), false, 1000);
                secret = first.app().wire().webhooks().register("herald", receiver.url()).secret();
                fileSome(first.app().stories(), "Before", 8);
                assertThat(receiver.awaitDelivered(allSeqs(first).subList(0, 3), 30_000)).isTrue();
            }
            try (RunningApp second = new RunningApp(dir, FastWire.settings())) {
                fileSome(second.app().stories(), "After", 8);
                List<String> every = allSeqs(second);

                assertThat(receiver.awaitDelivered(every, 60_000)).as("every change delivered").isTrue();

                List<WebhookReceiver.Received> got = receiver.received();
                List<Long> order = got.stream().map(r -> Long.parseLong(r.id())).toList();
                assertThat(order).isSorted();
                assertThat(order.stream().map(Object::toString).distinct().toList()).containsExactlyElementsOf(every);
                for (WebhookReceiver.Received r : got) {
                    assertThat(WebhookReceiver.validSignature(r, secret)).as("signature of " + r.id()).isTrue();
                    JsonNode change = JSON.readTree(r.body());
                    assertThat(change.get("seq").asText()).isEqualTo(r.id());
                    assertThat(change.get("ninjs").get("uri").asText()).startsWith("urn:dateline:");
                }
                assertThat(got).anySatisfy(r -> assertThat(JSON.readTree(r.body()).get("action").asText()).isEqualTo("withdraw"));
            }
        }
    }

    @Test
    @Timeout(60)
    void theDeliveryLogShowsFailuresAndAnEndpointFailingTooLongIsDisabledThenResumedWhenRegisteredAgain() throws Exception {
        AtomicBoolean healthy = new AtomicBoolean();
        try (WebhookReceiver receiver = new WebhookReceiver(n -> healthy.get() ? Answer.ok() : Answer.fail());
             RunningApp site = new RunningApp(dir, FastWire.settings(Duration.ofMillis(600)))) {
            String key = site.app().wire().clients().add("herald", List.of(), false, 1000).key();
            site.app().wire().webhooks().register("herald", receiver.url());
            fileSome(site.app().stories(), "Today", 2);

            JsonNode log = awaitDisabled(site, key);

            assertThat(log.get("webhooks").get(0).get("enabled").asBoolean()).isFalse();
            assertThat(log.get("webhooks").get(0).get("owed").asInt()).isEqualTo(3);
            assertThat(log.get("deliveries").get(0).get("outcome").asText()).startsWith("endpoint disabled");
            assertThat(log.get("deliveries").findValuesAsText("outcome")).anySatisfy(o -> assertThat(o).startsWith("failed: HTTP 500"));

            healthy.set(true);
            site.app().wire().webhooks().register("herald", receiver.url());

            assertThat(receiver.awaitDelivered(allSeqs(site), 30_000)).isTrue();
        }
    }

    private static JsonNode awaitDisabled(RunningApp site, String key) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            JsonNode log = JSON.readTree(site.get("/api/v1/wire/deliveries", "Authorization", "Bearer " + key).body());
            if (!log.get("webhooks").get(0).get("enabled").asBoolean() || System.currentTimeMillis() > deadline) return log;
            Thread.onSpinWait();
            Thread.sleep(20);
        }
    }
}
