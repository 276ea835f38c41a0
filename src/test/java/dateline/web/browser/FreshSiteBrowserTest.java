package dateline.web.browser;

import dateline.web.RunningApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that changes what the site holds: each test gets an empty site of its own and a
 * browser, started before it and closed after it.
 */
abstract class FreshSiteBrowserTest {
    @TempDir Path dir;
    RunningApp site;
    Chromium browser;

    @BeforeEach
    void start() {
        site = new RunningApp(dir);
        browser = Chromium.start();
    }

    @AfterEach
    void stop() {
        browser.close();
        site.close();
    }

    String url(String path) { return "http://localhost:" + site.app().port() + path; }
}
