package dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Actor;
import dateline.story.EditorFields;
import dateline.story.Status;
import dateline.story.Story;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler keeps nothing but what the store holds: an embargo that ends while Dateline is down is released on start. */
class EmbargoSchedulerTest {
    @TempDir Path dir;

    @Test
    void anEmbargoThatEndedWhileStoppedIsReleasedOnStartAndOneRunningIsReleasedOnTime() throws Exception {
        String due;
        String later;
        try (RunningApp first = new RunningApp(dir)) {
            var newsroom = first.app().newsroom();
            Actor editor = new Actor("erika", true);
            Story a = newsroom.createDraft(new EditorFields("Due while stopped", null, "Oslo", "world", "Text.", null, null, null), editor);
            Story b = newsroom.createDraft(new EditorFields("Due while running", null, "Oslo", "world", "Text.", null, null, null), editor);
            newsroom.embargo(a.id(), 1, Instant.now().plusMillis(1500), editor);
            due = a.id();
            later = b.id();
            first.close();
            Thread.sleep(2000);
        }
        try (RunningApp second = new RunningApp(dir)) {
            var stories = second.app().stories();
            assertThat(waitFor(() -> stories.get(due).status() == Status.PUBLISHED, 10_000)).as("released on start").isTrue();
            second.app().newsroom().embargo(later, 1, Instant.now().plusMillis(3000), new Actor("erika", true));
            assertThat(stories.get(later).status()).isEqualTo(Status.SCHEDULED);
            assertThat(waitFor(() -> stories.get(later).status() == Status.PUBLISHED, 15_000)).as("released on time").isTrue();
            assertThat(second.get("/").body()).contains("Due while stopped", "Due while running");
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
