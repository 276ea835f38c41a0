package dateline.web.browser;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import dateline.story.Filing;
import dateline.story.Story;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The All news page follows the wire live in a browser that runs script. */
@ExtendWith(ChromiumInstalled.class)
class LiveHeadlinesInTheBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() {
        open(Chromium.start());
    }

    /** Read in one script call: the list changes under the test, and elements found one by one can go stale. */
    @SuppressWarnings("unchecked")
    private static List<String> headlines() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('.news-headline a'), a => a.textContent)");
    }

    private static void awaitFirstHeadline(String headline) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !headlines().isEmpty() && headlines().get(0).equals(headline));
    }

    @Test
    void aStoryPublishedWhileThePageIsOpenAppearsAtTheTopAndAWithdrawnOneLeaves() {
        browser.open(site.url("/"));
        int before = headlines().size();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> site.openStreams() > 0);

        Story story = site.file(new Filing(null, null, content("Harbour reopens as the ice breaks up", "world")));
        awaitFirstHeadline("Harbour reopens as the ice breaks up");
        WebElement first = browser.driver().findElement(By.cssSelector(".news-item"));
        String time = first.findElement(By.tagName("time")).getAttribute("datetime");

        assertThat(headlines()).hasSize(before + 1);
        assertThat(first.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/news/" + story.id() + "/harbour-reopens-as-the-ice-breaks-up");
        assertThat(time).isEqualTo(site.time(story.versionCreated()));

        site.withdraw(story);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !headlines().contains("Harbour reopens as the ice breaks up"));
        assertThat(headlines()).hasSize(before);
    }
}
