package dateline.web;

import static dateline.story.StoryFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import dateline.story.Story;
import java.io.StringReader;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;

class FeedsTest extends WebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** RSS and Atom dates are written to the second. */
    private static java.time.Instant seconds(java.time.Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static WireFeed parse(String xml) throws Exception {
        return new WireFeedInput().build(new StringReader(xml));
    }

    @Test
    void rssListsTheNewestStoriesWithTheStoryUriAsAGuidThatIsNoPermalink() throws Exception {
        Story older = file("Ferries halted by ice in Oslo harbour");
        Story newer = file("Quay reopens after the thaw");

        var response = site.get("/feed.rss");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/rss+xml");
        Channel rss = (Channel) parse(response.body());
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getLink()).isEqualTo("http://test.example/");
        assertThat(rss.getItems()).extracting(Item::getTitle)
                .containsExactly("Quay reopens after the thaw", "Ferries halted by ice in Oslo harbour");
        Item first = rss.getItems().get(0);
        assertThat(first.getGuid().getValue()).isEqualTo("urn:dateline:test.example:" + newer.id());
        assertThat(first.getGuid().isPermaLink()).isFalse();
        assertThat(first.getLink()).isEqualTo("http://test.example/news/" + newer.id() + "/" + newer.slug());
        assertThat(first.getDescription().getValue()).isEqualTo("The port expects ferries to run again by Friday");
        assertThat(first.getPubDate().toInstant()).isEqualTo(seconds(newer.firstCreated()));
        assertThat(rss.getItems().get(1).getGuid().getValue()).endsWith(older.id());
        assertThat(((java.util.List<Element>) rss.getForeignMarkup())).anySatisfy(link -> {
            assertThat(link.getAttributeValue("rel")).isEqualTo("self");
            assertThat(link.getAttributeValue("href")).isEqualTo("http://test.example/feed.rss");
        });
    }

    @Test
    void atomHasAFeedIdSelfLinkAndOneEntryPerStoryIdentifiedByItsUri() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        var response = site.get("/feed.atom");

        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/atom+xml");
        Feed atom = (Feed) parse(response.body());
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getId()).isEqualTo("urn:dateline:test.example:feed");
        assertThat(atom.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .contains(org.assertj.core.groups.Tuple.tuple("self", "http://test.example/feed.atom"));
        assertThat(atom.getUpdated().toInstant()).isEqualTo(seconds(story.versionCreated()));
        Entry entry = atom.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo("urn:dateline:test.example:" + story.id());
        assertThat(entry.getTitle()).isEqualTo("Ferries halted by ice in Oslo harbour");
        assertThat(entry.getAlternateLinks().get(0).getHref()).endsWith("/news/" + story.id() + "/" + story.slug());
        assertThat(entry.getPublished().toInstant()).isEqualTo(seconds(story.firstCreated()));
        assertThat(entry.getSummary().getValue()).startsWith("The port expects");
    }

    @Test
    void jsonFeedIsVersion11WithIdsUrlsContentAndDates() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        var response = site.get("/feed.json");

        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/feed+json");
        JsonNode feed = JSON.readTree(response.body());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isEqualTo("Dateline: All news");
        assertThat(feed.get("feed_url").asText()).isEqualTo("http://test.example/feed.json");
        assertThat(feed.get("home_page_url").asText()).isEqualTo("http://test.example/");
        JsonNode item = feed.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo("urn:dateline:test.example:" + story.id());
        assertThat(item.get("url").asText()).endsWith("/news/" + story.id() + "/" + story.slug());
        assertThat(item.get("content_text").asText()).startsWith("The port expects");
        assertThat(item.get("date_published").asText()).isEqualTo(story.firstCreated().toString());
        assertThat(item.get("date_modified").asText()).isEqualTo(story.versionCreated().toString());
        assertThat(item.get("tags").get(0).asText()).isEqualTo("world");
    }

    @Test
    void aHeadlineEditKeepsEveryFeedsIdAndChangesOnlyTitleAndLink() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");
        String rssGuid = ((Channel) parse(site.get("/feed.rss").body())).getItems().get(0).getGuid().getValue();

        Story edited = site.app().stories().update(story.id(), content("Ferries halted by thick ice in Oslo"), 1);

        Item item = ((Channel) parse(site.get("/feed.rss").body())).getItems().get(0);
        Entry entry = ((Feed) parse(site.get("/feed.atom").body())).getEntries().get(0);
        JsonNode jsonItem = JSON.readTree(site.get("/feed.json").body()).get("items").get(0);
        assertThat(item.getGuid().getValue()).isEqualTo(rssGuid);
        assertThat(entry.getId()).isEqualTo(rssGuid);
        assertThat(jsonItem.get("id").asText()).isEqualTo(rssGuid);
        assertThat(item.getTitle()).isEqualTo("Ferries halted by thick ice in Oslo");
        assertThat(item.getLink()).endsWith("/" + edited.slug()).isNotEqualTo(story.slug());
        assertThat(entry.getUpdated().toInstant()).isEqualTo(seconds(edited.versionCreated()));
    }

    @Test
    void aReaderThatHasTheFeedIsAnswered304ByEtagOrDateUntilAStoryChangesIt() throws Exception {
        file("Ferries halted by ice in Oslo harbour");
        var first = site.get("/feed.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        var byEtag = site.get("/feed.atom", "If-None-Match", etag);
        var byDate = site.get("/feed.atom", "If-Modified-Since", lastModified);
        file("Quay reopens after the thaw");
        var afterNews = site.get("/feed.atom", "If-None-Match", etag);

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(afterNews.statusCode()).isEqualTo(200);
        assertThat(afterNews.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    @Test
    void aSectionsFeedHasOnlyItsStoriesAndSaysWhichSectionItIs() throws Exception {
        file("Ferries halted by ice in Oslo harbour", "world");
        file("Budget passes", "politics");

        Channel rss = (Channel) parse(site.get("/feed.rss?section=politics").body());
        JsonNode json = JSON.readTree(site.get("/feed.json?section=politics").body());

        assertThat(rss.getItems()).extracting(Item::getTitle).containsExactly("Budget passes");
        assertThat(rss.getTitle()).isEqualTo("Dateline: politics");
        assertThat(json.get("feed_url").asText()).isEqualTo("http://test.example/feed.json?section=politics");
        assertThat(json.get("home_page_url").asText()).isEqualTo("http://test.example/?section=politics");
    }

    @Test
    void aBadOrUnknownSectionIsA400ThatSaysWhy() throws Exception {
        file("Ferries halted by ice in Oslo harbour", "world");

        var malformed = site.get("/feed.rss?section=World%20News");
        var unknown = site.get("/feed.atom?section=sport");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("section: lower-case letters, digits and hyphens");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("section: no section \"sport\"; there are world");
    }

    @Test
    void withdrawnStoriesLeaveTheFeeds() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");
        file("Quay reopens after the thaw");

        site.app().stories().withdraw(story.id(), 1);

        assertThat(((Channel) parse(site.get("/feed.rss").body())).getItems()).extracting(Item::getTitle)
                .containsExactly("Quay reopens after the thaw");
    }

    @Test
    void pagesAnnounceTheirFeedsForReadersAppsToFind() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour", "world");

        String allNews = site.get("/").body();
        String section = site.get("/?section=world").body();
        String article = site.get("/news/" + story.id() + "/" + story.slug()).body();

        assertThat(allNews).contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Dateline: All news (RSS)\" href=\"/feed.rss\">")
                .contains("type=\"application/atom+xml\"", "href=\"/feed.atom\"", "type=\"application/feed+json\"", "href=\"/feed.json\"");
        assertThat(section).contains("title=\"Dateline: world (Atom)\" href=\"/feed.atom?section=world\"");
        assertThat(article).contains("href=\"/feed.rss\"");
    }

    @Test
    void theNewsSitemapListsRecentStoriesWithPublicationLanguageDateAndTitle() throws Exception {
        Story story = file("Ferries halted by ice in Oslo harbour");

        var response = site.get("/sitemap-news.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(response.body())));
        var root = doc.getDocumentElement();
        String news = "http://www.google.com/schemas/sitemap-news/0.9";
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent())
                .isEqualTo("http://test.example/news/" + story.id() + "/" + story.slug());
        assertThat(doc.getElementsByTagNameNS(news, "name").item(0).getTextContent()).isEqualTo("Dateline");
        assertThat(doc.getElementsByTagNameNS(news, "language").item(0).getTextContent()).isEqualTo("en");
        assertThat(doc.getElementsByTagNameNS(news, "publication_date").item(0).getTextContent())
                .isEqualTo(story.firstCreated().toString());
        assertThat(doc.getElementsByTagNameNS(news, "title").item(0).getTextContent())
                .isEqualTo("Ferries halted by ice in Oslo harbour");
    }
}
