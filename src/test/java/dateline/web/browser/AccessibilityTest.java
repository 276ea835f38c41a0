package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core, run inside the real browser on every reader page, in the light and the dark colour
 * scheme, finds no violation of any of its rules (WCAG 2.x A and AA, and its best practices).
 */
@ExtendWith({ChromiumInstalled.class, NpmToolsInstalled.class})
class AccessibilityTest extends BrowserTest {
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + '\\n'
                  + v.nodes.map(n => '    ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\n/g, ' ')).join('\\n'))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    static String axe;

    @BeforeAll
    static void start() throws IOException {
        axe = Files.readString(NpmTools.AXE_SCRIPT);
        open(Chromium.start());
    }


    static Stream<Arguments> pagesInBothSchemes() {
        return Stream.of("light", "dark").flatMap(scheme -> ReaderSite.PAGES.stream().map(page -> Arguments.of(page, scheme)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pagesInBothSchemes")
    void axeFindsNoViolationOnTheReaderPage(String page, String scheme) {
        browser.colorScheme(scheme);
        browser.open(site.url(site.path(page)));

        List<String> violations = runAxe();

        assertThat(browser.driver().executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"))
                .as("the page is seen in the %s scheme", scheme).isEqualTo(scheme.equals("dark"));
        assertThat(violations).as("axe on %s in %s:%n%s", page, scheme, String.join("\n", violations)).isEmpty();
    }

    @Test
    void axeReportsAPageThatBreaksItsRules() {
        browser.colorScheme("light");
        browser.open("data:text/html,<title>t</title><main><img src=x.png><p style='color:%23bbb'>Faint</p></main>");

        List<String> violations = runAxe();

        assertThat(String.join("\n", violations)).contains("image-alt", "html-has-lang", "color-contrast");
    }

    @SuppressWarnings("unchecked")
    private static List<String> runAxe() {
        browser.driver().executeScript(axe);
        return (List<String>) browser.driver().executeAsyncScript(RUN_AXE);
    }
}
