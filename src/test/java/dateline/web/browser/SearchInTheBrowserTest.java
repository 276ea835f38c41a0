package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader searches, narrows by a facet and opens a person's page, in a real browser. */
@ExtendWith(ChromiumInstalled.class)
class SearchInTheBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() {
        open(Chromium.start());
    }

    @Test
    void aReaderSearchesFromTheHeaderNarrowsByAFacetAndOpensAPersonsPage() {
        browser.desktop();
        browser.open(site.url("/"));

        browser.driver().findElement(By.cssSelector("header.masthead a[href='/search']")).click();
        WebElement box = browser.driver().findElement(By.id("search-q"));
        box.sendKeys("ferries OR plans");
        box.submit();
        browser.screenshot("search-results");
        int before = browser.driver().findElements(By.cssSelector(".hits .news-item")).size();
        browser.driver().findElement(By.xpath("//nav[@class='facets']//a[normalize-space()='politics']")).click();
        browser.screenshot("search-narrowed");
        var narrowed = browser.driver().findElements(By.cssSelector(".hits .news-item"));
        String query = browser.driver().findElement(By.id("search-q")).getAttribute("value");
        browser.driver().findElement(By.cssSelector(".hits .news-headline a")).click();
        browser.driver().findElement(By.cssSelector(".tags a[href='/person/ingrid-solberg']")).click();
        browser.screenshot("person-page");

        assertThat(before).isGreaterThan(narrowed.size()).isGreaterThan(0);
        assertThat(narrowed).isNotEmpty();
        assertThat(query).isEqualTo("ferries OR plans section:\"politics\"");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Ingrid Solberg");
        assertThat(browser.driver().findElement(By.id("said-title")).getText()).isEqualTo("What they said");
        assertThat(browser.driver().findElements(By.cssSelector(".said blockquote"))).isNotEmpty();
    }
}
