package dateline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.SharedData;
import dateline.auth.NewUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom as a newcomer uses it, in a real browser: the first admin logs in with the printed
 * one-time password, chooses their own, pastes wire copy, publishes, updates, embargoes and
 * withdraws; a reporter they add cannot publish. Screenshots go to target/screenshots/newsroom-*.
 */
@ExtendWith(ChromiumInstalled.class)
class NewsroomInTheBrowserTest extends FreshSiteBrowserTest {

    WebElement find(String css) { return browser.driver().findElement(By.cssSelector(css)); }

    /** Clicks a form's button and waits for the page it leads to. */
    void submit(String css) {
        // A mark on the old page's window: the next page's window has none, whatever the driver's element ids do.
        browser.driver().executeScript("window.datelineOldPage = true");
        find(css).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                        "return window.datelineOldPage === undefined && document.readyState === 'complete'")));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as a paste would, in one go (long copy typed key by key is slow and adds nothing). */
    void paste(String css, String text) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", find(css), text);
    }

    void logIn(String name, String password) {
        browser.open(url("/login"));
        type("#name", name);
        type("#password", password);
        submit("form.form button[type=submit]");
    }

    void choosePassword(String oneTime, String chosen) {
        assertThat(browser.driver().getCurrentUrl()).endsWith("/password");
        type("#current", oneTime);
        type("#password", chosen);
        type("#repeat", chosen);
        submit("form.form button[type=submit]");
        assertThat(find(".notice").getText()).isEqualTo("Your password is set.");
    }

    static String seedCopy() throws IOException {
        Path seed = SharedData.root() == null ? null : SharedData.root().resolve("corpus/seed/000.txt");
        if (seed != null && Files.exists(seed)) return Files.readString(seed);
        try (var in = NewsroomInTheBrowserTest.class.getResourceAsStream("/demo/harbour-ice.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Creates a draft by pasting copy, reviewing the fields and saving; returns the story page's path. */
    String fileFromCopy(String copy) {
        browser.open(url("/newsroom/new"));
        paste("#copy", copy);
        submit("form[action='/newsroom/parse'] button");
        assertThat(find("#headline").getAttribute("value")).isNotBlank();
        browser.driver().findElement(By.cssSelector("#section option[value=world]")).click();
        submit("form.editor button[type=submit]");
        assertThat(find(".notice").getText()).isEqualTo("Draft saved.");
        return browser.driver().getCurrentUrl().replaceAll("^http://[^/]+", "").replaceAll("\\?.*", "");
    }

    @Test
    void aNewcomerLogsInPublishesUpdatesEmbargoesAndWithdrawsInTheBrowser() throws Exception {
        NewUser admin = site.app().accounts().addFirstAdmin().orElseThrow();
        browser.open(url("/newsroom"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login?next=%2Fnewsroom");
        browser.screenshot("newsroom-login");
        logIn("admin", admin.oneTimePassword());
        browser.screenshot("newsroom-password");
        choosePassword(admin.oneTimePassword(), "harbour ice in march");

        String story = fileFromCopy(seedCopy());
        browser.screenshot("newsroom-draft");
        String headline = find("h1").getText();
        submit("form[action$='/publish'] button");
        assertThat(find(".notice").getText()).startsWith("Published");
        browser.open(url("/"));
        assertThat(browser.driver().findElements(By.cssSelector(".news-headline")).get(0).getText()).isEqualTo(headline);

        browser.open(url(story));
        String publicPath = find(".story-links a[href^='/news/']").getAttribute("href");
        browser.open(publicPath);
        String firstTime = find(".times time").getAttribute("datetime");
        browser.open(url(story + "/edit"));
        type("#standfirst", "Moscow expects Washington to do the same, the ambassador said");
        submit("form.editor button[type=submit]");
        browser.screenshot("newsroom-published");
        browser.open(publicPath);
        assertThat(find(".standfirst").getText()).startsWith("Moscow expects Washington");
        assertThat(find(".times time").getAttribute("datetime")).isNotEqualTo(firstTime);
        assertThat(find(".times").getText()).contains("Updated at", "Published at");

        browser.open(url(story + "/history?from=2&to=3"));
        assertThat(find(".diff-changed ins").getText()).contains("the ambassador said");
        assertThat(find(".diff-changed del").getText()).contains("Anatoly Antonov noted that");
        browser.screenshot("newsroom-history");

        String held = fileFromCopy(seedCopy().replace("Russia is ready to step up", "Embargoed: Russia is ready to step up"));
        String heldHeadline = find("h1").getText();
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        paste("#until", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(at));
        submit("form[action$='/embargo'] button");
        assertThat(find(".notice").getText()).startsWith("Embargoed");
        assertThat(find(".story-state").getText()).contains("Europe/Oslo".isEmpty() ? "" : "embargoed until");
        browser.screenshot("newsroom-embargoed");
        browser.open(url("/"));
        assertThat(browser.driver().getPageSource()).doesNotContain(heldHeadline);
        long deadline = System.currentTimeMillis() + 15_000;
        while (!browser.driver().getPageSource().contains(heldHeadline) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            browser.open(url("/"));
        }
        assertThat(browser.driver().getPageSource()).as("released at its time").contains(heldHeadline);
        assertThat(java.time.Instant.now()).isAfterOrEqualTo(at.atZone(ZoneId.of("Europe/Oslo")).toInstant());

        browser.open(url(held));
        type("#withdraw-note", "The agency withdrew this report: it could not be confirmed.");
        submit("form[action$='/withdraw'] button");
        String heldPublic = url(browser.driver().findElements(By.cssSelector(".story-links a[href^='/news/']")).get(0).getAttribute("href")
                .replaceAll("^http://[^/]+", ""));
        assertThat(site.get(heldPublic.replaceAll("^http://[^/]+", "")).statusCode()).isEqualTo(410);
        browser.open(heldPublic);
        assertThat(find("main").getText()).contains("could not be confirmed");
        browser.open(url("/newsroom"));
        browser.screenshot("newsroom-desk");
    }

    @Test
    void aReporterTheAdminAddsCanFileButNotPublish() throws Exception {
        NewUser admin = site.app().accounts().addFirstAdmin().orElseThrow();
        logIn("admin", admin.oneTimePassword());
        choosePassword(admin.oneTimePassword(), "harbour ice in march");
        browser.open(url("/admin/users"));
        type("#name", "ravi");
        submit("form[action='/admin/users'] button");
        String oneTime = find("#issued-password").getText();
        browser.screenshot("newsroom-users");
        submit("form[action='/logout'] button");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");

        logIn("ravi", oneTime);
        choosePassword(oneTime, "ravi's own long password");
        String story = fileFromCopy(seedCopy());

        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/publish'], form[action$='/embargo'], form[action$='/withdraw']")))
                .isEmpty();
        String csrf = find("input[name=csrf]").getAttribute("value");
        Object status = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0] + '/publish', {method: 'POST', headers: {'X-CSRF-Token': arguments[1], 'Content-Type': 'application/json'},
                      body: '{"version":1}'}).then(r => done(r.status));""", url("/api/v1/newsroom/stories/" + story.substring(story.lastIndexOf('/') + 1)), csrf);
        assertThat(((Number) status).intValue()).isEqualTo(403);
        browser.open(url("/admin/users"));
        assertThat(find("main").getText()).contains("this needs admin rights");
    }
}
