package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Cookie;

/** axe-core finds no violation on any newsroom page, signed in as an admin, in the light and the dark scheme. */
@ExtendWith({ChromiumInstalled.class, NpmToolsInstalled.class})
class NewsroomAccessibilityTest {
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + '\\n'
                  + v.nodes.map(n => '    ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\n/g, ' ')).join('\\n'))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    @TempDir static Path dir;
    static Chromium browser;
    static NewsroomSite site;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        axe = Files.readString(NpmTools.AXE_SCRIPT);
        browser = Chromium.start();
        site = new NewsroomSite(dir);
        browser.open(site.url("/login"));
        browser.driver().manage().addCookie(new Cookie("dateline_session", site.sessionCookieValue()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    static Stream<Arguments> pagesInBothSchemes() {
        return Stream.of("light", "dark").flatMap(scheme -> Stream.concat(Stream.of("login"), NewsroomSite.PAGES.stream())
                .map(page -> Arguments.of(page, scheme)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothSchemes")
    @SuppressWarnings("unchecked")
    void axeFindsNoViolationOnTheNewsroomPage(String page, String scheme) {
        browser.colorScheme(scheme);
        browser.open(site.url(page.equals("login") ? "/login" : site.path(page)));
        assertThat(browser.driver().getCurrentUrl()).as("still signed in").doesNotContain("/login?");

        browser.driver().executeScript(axe);
        List<String> violations = (List<String>) browser.driver().executeAsyncScript(RUN_AXE);

        assertThat(violations).as("axe on %s in %s:%n%s", page, scheme, String.join("\n", violations)).isEmpty();
    }
}
