package dateline.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Debian chromium driven through Debian's chromedriver, for a whole test class.
 * The driver's path is set explicitly so Selenium Manager never runs (it would try to download
 * a browser and driver, and the network here is closed). A class that starts one carries
 * {@code @ExtendWith(ChromiumInstalled.class)}, which skips it when chromium is not installed.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int DESKTOP = 1280;
    static final int PHONE = 360;

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser that runs the pages' scripts (and so can run axe), at desktop width. */
    static Chromium start() {
        return start(true);
    }

    /** A browser with JavaScript switched off, as some readers and most crawlers have it. */
    static Chromium withoutScript() {
        return start(false);
    }

    private static Chromium start(boolean script) {
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // No first-run work and no background connections: this machine's network is closed, and
        // chromium would otherwise keep trying to reach update, sync and safe-browsing servers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + DESKTOP + ",900");
        if (!script) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Chromium chromium = new Chromium(driver, profile);
        chromium.desktop();
        return chromium;
    }

    ChromeDriver driver() { return driver; }

    void open(String url) { driver.get(url); }

    /** A desktop screen, 1280 CSS pixels wide. */
    void desktop() { viewport(DESKTOP, 900, false); }

    /** A phone held upright: 360 CSS pixels wide, honouring the page's viewport meta tag. */
    void phone() { viewport(PHONE, 780, true); }

    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Emulates the reader's setting, "light" or "dark", as prefers-color-scheme. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * The page from its top, beyond what fits the screen but at most 1600 CSS pixels long (enough to
     * judge a layout, short enough to look at), as target/screenshots/NAME.png.
     */
    Path screenshot(String name) {
        Map<String, Object> size = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) size.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(1600, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("dateline-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temp folder harms nothing; the browser is already gone.
        }
    }
}
