package dateline.web.browser;

import static dateline.story.StoryFixtures.content;

import dateline.story.Block;
import dateline.story.Filing;
import dateline.story.Story;
import dateline.story.StoryContent;
import dateline.story.StoryService;
import dateline.web.RunningApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The real app on a free port, filled so that every reader page shows all it can: more stories
 * than one All news page holds (so there is an "Earlier news" page), three sections, an article
 * with a subheading, tags, a web address and a second version (so it shows both times and has a
 * history), and a withdrawn story.
 */
final class ReaderSite implements AutoCloseable {
    private static final String[] WHO = {"The central bank", "Ferry operators on the west coast",
            "The city council", "Farmers in the north", "The health ministry", "Air traffic controllers",
            "Fishermen in the Lofoten islands", "The national museum"};
    private static final String[] WHAT = {"announced new plans for the winter", "warned of delays after heavy snow",
            "agreed on a budget after a long night of talks", "postponed a decision until spring"};
    private static final String[] SECTIONS = {"world", "politics", "business"};

    private final RunningApp app;
    private final Story article;
    private final Story withdrawn;

    ReaderSite(Path dataDir) {
        this.app = new RunningApp(dataDir);
        StoryService stories = app.app().stories();
        Story doomed = file(stories, "A story the agency later withdrew", "world");
        this.withdrawn = stories.withdraw(doomed.id(), doomed.version());
        for (int i = 0; i < WHO.length * WHAT.length; i++) {
            file(stories, WHO[i % WHO.length] + " " + WHAT[i / WHO.length], SECTIONS[i % SECTIONS.length]);
        }
        Story first = file(stories, "Ferries halted by ice in Oslo harbour", "world");
        this.article = stories.update(first.id(), withAddress(content("Ferries halted by ice in Oslo harbour for a third day")), 1);
    }

    /** Wire copy quotes web addresses: one long unbroken word that must not widen a phone's page. */
    private static StoryContent withAddress(StoryContent c) {
        List<Block> blocks = new ArrayList<>(c.blocks());
        blocks.add(Block.paragraph("Timetables: https://ferries.example.no/timetables/oslofjord/winter-2026/suspended-departures"));
        return new StoryContent(c.headline(), c.standfirst(), c.dateline(), blocks, c.quotes(), c.people(), c.places(),
                c.organizations(), c.section(), c.language());
    }

    private static Story file(StoryService stories, String headline, String section) {
        return stories.file(new Filing(null, null, content(headline, section))).story();
    }

    String url(String path) { return "http://localhost:" + app.app().port() + path; }

    /** The article with a subheading, tags, a web address and two versions. */
    Story article() { return article; }

    String articlePath() { return "/news/" + article.id() + "/" + article.slug(); }

    /** Every reader page by a short name (used in test and file names), in the order a reader meets them. */
    static final List<String> PAGES = List.of("all-news", "section", "earlier-news", "article", "history",
            "not-found", "bad-request", "withdrawn", "search", "search-unreadable", "person", "place");

    /** The path of one of {@link #PAGES}. */
    String path(String page) {
        return switch (page) {
            case "all-news" -> "/";
            case "section" -> "/?section=politics";
            case "earlier-news" -> Jsoup.parse(app.get("/").body()).select("a[rel=next]").attr("href");
            case "article" -> articlePath();
            case "history" -> "/history/" + article.id();
            case "not-found" -> "/no/such/page";
            case "bad-request" -> "/?before=not-a-cursor";
            case "withdrawn" -> "/news/" + withdrawn.id() + "/" + withdrawn.slug();
            case "search" -> "/search?q=ferries+OR+plans";
            case "search-unreadable" -> "/search?q=%22ferries+(ice";
            case "person" -> "/person/ingrid-solberg";
            case "place" -> "/place/oslo";
            default -> throw new IllegalArgumentException("no such reader page: " + page);
        };
    }

    /** Files a story while the site runs (the live page tests). */
    Story file(Filing filing) { return app.app().stories().file(filing).story(); }

    Story withdraw(Story story) { return app.app().stories().withdraw(story.id(), story.version()); }

    int openStreams() { return app.app().wire().hub().openStreams(); }

    /** A time as the pages write it in {@code <time datetime>}. */
    String time(java.time.Instant instant) {
        return instant.atZone(java.time.ZoneId.of("Europe/Oslo")).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The page at {@code path} as the server sent it, whatever its status. */
    String html(String path) { return app.get(path).body(); }

    @Override
    public void close() { app.close(); }
}
