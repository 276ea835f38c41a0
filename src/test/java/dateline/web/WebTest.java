package dateline.web;

import static dateline.story.StoryFixtures.content;

import dateline.story.Filing;
import dateline.story.Story;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** HTTP tests: each starts the real app on a free port with a fresh store, and stops it after. */
abstract class WebTest {
    @TempDir Path dir;
    RunningApp site;

    @BeforeEach
    void start() { site = new RunningApp(dir); }

    @AfterEach
    void stop() { site.close(); }

    Story file(String headline, String section) {
        // The feed orders by publication time to the millisecond, then by id: two stories filed
        // in one millisecond have a stable but arbitrary order, which tests that expect the later
        // one first must not depend on.
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) Thread.onSpinWait();
        return site.app().stories().file(new Filing(null, null, content(headline, section))).story();
    }

    Story file(String headline) { return file(headline, "world"); }
}
