package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reader whose browser runs no script can still read everything (DESIGN.md: no script needed to read). */
@ExtendWith(ChromiumInstalled.class)
class ReadingWithoutScriptTest extends BrowserTest {

    @BeforeAll
    static void start() {
        open(Chromium.withoutScript());
    }


    private static WebDriver driver() { return browser.driver(); }

    private static List<String> headlines() {
        return driver().findElements(By.cssSelector(".news-headline a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void scriptIsReallySwitchedOffInThisBrowser() {
        browser.open("data:text/html,<p id=p>off</p><script>document.getElementById('p').textContent='on'</script>");

        assertThat(driver().findElement(By.id("p")).getText()).isEqualTo("off");
    }

    @Test
    void theAllNewsPageListsStoriesAndAHeadlineLeadsToItsArticle() {
        browser.open(site.url("/"));
        List<WebElement> links = driver().findElements(By.cssSelector(".news-headline a"));
        String first = links.get(0).getText();

        links.get(0).click();

        assertThat(links).hasSize(30);
        assertThat(first).isEqualTo("Ferries halted by ice in Oslo harbour for a third day");
        assertThat(driver().getCurrentUrl()).endsWith(site.articlePath());
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(first);
        assertThat(driver().findElements(By.cssSelector(".body p"))).hasSizeGreaterThan(1);
    }

    @Test
    void earlierNewsLeadsToTheStoriesThatDidNotFitOnTheFirstPage() {
        browser.open(site.url("/"));
        List<String> firstPage = headlines();

        driver().findElement(By.linkText("Earlier news")).click();
        List<String> secondPage = headlines();

        assertThat(driver().getCurrentUrl()).contains("before=");
        assertThat(firstPage).hasSize(30);
        assertThat(secondPage).containsExactly("The city council announced new plans for the winter",
                "Ferry operators on the west coast announced new plans for the winter",
                "The central bank announced new plans for the winter");
    }

    @Test
    void aSectionInTheMastheadShowsOnlyThatSectionsStories() {
        browser.open(site.url("/"));

        driver().findElement(By.cssSelector("nav[aria-label=Sections]")).findElement(By.cssSelector("a[href='/?section=politics']")).click();

        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("All news: politics");
        assertThat(headlines()).hasSize(11);
    }

    @Test
    void everyTimeIsWrittenInThePageAsServedNotFilledInByScript() {
        for (String path : List.of("/", site.articlePath(), "/history/" + site.article().id())) {
            browser.open(site.url(path));

            Document source = Jsoup.parse(driver().getPageSource());

            assertThat(source.select("time")).as("times on %s", path).isNotEmpty();
            for (Element time : source.select("time")) {
                assertThat(time.text()).as("a time's words on %s", path).matches("\\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d .+");
                assertThat(time.attr("datetime")).as("a time's datetime on %s", path)
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d");
            }
        }
    }
}
