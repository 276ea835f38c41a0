package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The reader pages in a real browser: on a phone, with a keyboard, and as they look. */
@ExtendWith(ChromiumInstalled.class)
class ReaderPagesInTheBrowserTest extends BrowserTest {

    @BeforeAll
    static void start() {
        open(Chromium.start());
    }


    @AfterEach
    void backToADesktopInLightMode() {
        browser.desktop();
        browser.colorScheme("light");
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js);
    }

    @Test
    void onAPhoneNoReaderPageScrollsSideways() {
        browser.phone();

        for (String page : ReaderSite.PAGES) {
            browser.open(site.url(site.path(page)));

            long clientWidth = (Long) script("return document.documentElement.clientWidth");
            long scrollWidth = (Long) script("return document.documentElement.scrollWidth");
            assertThat(clientWidth).as("the phone's width on %s", page).isEqualTo(Chromium.PHONE);
            assertThat(scrollWidth).as("the width of %s on a phone", page).isLessThanOrEqualTo(clientWidth);
        }
    }

    @Test
    void theArticlesHeadlineIsItsOneH1() {
        browser.phone();

        browser.open(site.url(site.articlePath()));

        assertThat(browser.driver().findElements(By.tagName("h1")))
                .singleElement().extracting(WebElement::getText).isEqualTo(site.article().headline());
    }

    @Test
    void theFirstTabReachesSkipToContentWhichMovesFocusToTheMainContent() {
        browser.open(site.url(site.articlePath()));

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        String firstStop = browser.driver().switchTo().activeElement().getText();
        boolean visibleWhenFocused = (Boolean) script(
                "var r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.width > 0");
        browser.screenshot("skip-link-focused");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        String focusedAfterEnter = (String) script("return document.activeElement.id");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        boolean nextTabStaysInMain = (Boolean) script("return document.querySelector('main').contains(document.activeElement)");

        assertThat(firstStop).isEqualTo("Skip to content");
        assertThat(visibleWhenFocused).as("the skip link is on screen when it has focus").isTrue();
        assertThat(focusedAfterEnter).isEqualTo("main");
        assertThat(nextTabStaysInMain).as("the next Tab goes on inside the main content, not back to the masthead").isTrue();
    }

    @Test
    void everyReaderPageIsPhotographedOnDesktopAndPhoneInLightAndDarkForReview() throws Exception {
        for (String scheme : new String[] {"light", "dark"}) {
            browser.colorScheme(scheme);
            for (String page : ReaderSite.PAGES) {
                browser.desktop();
                browser.open(site.url(site.path(page)));
                Path desktop = browser.screenshot(page + "-desktop-" + scheme);
                browser.phone();
                browser.open(site.url(site.path(page)));
                Path phone = browser.screenshot(page + "-phone-" + scheme);

                assertThat(Files.size(desktop)).isGreaterThan(1000);
                assertThat(Files.size(phone)).isGreaterThan(1000);
            }
        }
    }
}
