package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Change;
import dateline.story.Filing;
import dateline.story.StoryService;
import dateline.wire.FastWire;
import dateline.wire.SseReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The live stream's promise: however often a client drops and comes back, it gets every change exactly once, in order. */
class StreamResumeTest {
    private static final int CHANGES = 10_000;
    private static final int RECONNECTS = 1_000;
    @TempDir Path dir;

    @Test
    @Timeout(180)
    void aClientThatReconnectsAThousandTimesDuringTenThousandChangesGetsEachExactlyOnceInOrder() {
        try (RunningApp site = new RunningApp(dir, FastWire.settings())) {
            String key = site.app().wire().clients().add("herald", List.of(), false, 1_000_000).key();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(site.app().stories()));
            Random random = new Random(8);

            List<Long> received = new ArrayList<>();
            int connections = 0;
            while (received.size() < CHANGES || connections < RECONNECTS) {
                connections++;
                long last = received.isEmpty() ? 0 : received.get(received.size() - 1);
                // Half resume by Last-Event-ID, as EventSource does; half by ?since=, as a script might.
                Map<String, String> headers = connections % 2 == 0
                        ? Map.of("Authorization", "Bearer " + key, "Last-Event-ID", Long.toString(last))
                        : Map.of("Authorization", "Bearer " + key);
                String path = "/api/v1/wire/stream" + (connections % 2 == 0 ? "" : "?since=" + last);
                try (SseReader stream = new SseReader(site.app().port(), path, headers)) {
                    assertThat(stream.status()).isEqualTo(200);
                    int take = Math.min(random.nextInt(19), CHANGES - received.size());
                    for (int i = 0; i < take; i++) {
                        SseReader.Event event = stream.nextData();
                        if (event == null || "dropped".equals(event.name())) break;
                        received.add(event.seq());
                    }
                }
            }
            writing.join();

            List<Long> logged = site.app().stories().changesSince(0, CHANGES + 1).stream().map(Change::seq).toList();
            assertThat(logged).hasSize(CHANGES);
            assertThat(connections).isGreaterThanOrEqualTo(RECONNECTS);
            assertThat(received).containsExactlyElementsOf(logged);
        }
    }

    /** Ten thousand changes in transactions of 25: new stories, and updates of them. */
    private static void write(StoryService stories) {
        for (int batch = 0; batch < CHANGES / 25; batch++) {
            List<Filing> filings = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                int n = batch * 25 + i;
                // Every third filing updates the story filed five before it (same id), the rest are new.
                String id = "story-" + (n % 3 == 2 ? n - 5 : n);
                filings.add(new Filing(id, null, content("Story " + n + " of the day")));
            }
            stories.fileAll(filings);
        }
    }
}
