package dateline.web.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that reads the reader site in one browser: both started once for the class,
 * by the subclass's {@code @BeforeAll} through {@link #open}, and closed after it.
 */
abstract class BrowserTest {
    @TempDir static Path dir;
    static Chromium browser;
    static ReaderSite site;

    static void open(Chromium chromium) {
        browser = chromium;
        site = new ReaderSite(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
        browser = null;
        site = null;
    }
}
