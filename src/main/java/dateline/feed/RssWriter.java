package dateline.feed;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** A feed as RSS 2.0, written by Rome. */
final class RssWriter {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssWriter() {}

    static String write(NewsFeed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(Xml.text(feed.title()));
        channel.setLink(feed.homeUrl());
        channel.setDescription(Xml.text(feed.description()));
        channel.setLanguage(feed.language());
        if (feed.updated() != null) channel.setLastBuildDate(Date.from(feed.updated()));
        // RSS has no link to itself; the Atom one is what validators and readers look for.
        Element self = new Element("link", ATOM);
        self.setAttribute("href", feed.url(FeedFormat.RSS));
        self.setAttribute("rel", "self");
        self.setAttribute("type", FeedFormat.RSS.mediaType());
        channel.setForeignMarkup(List.of(self));
        channel.setItems(feed.entries().stream().map(RssWriter::item).toList());
        return Xml.output(channel);
    }

    private static Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(Xml.text(entry.headline()));
        item.setLink(entry.url());
        // The URI, not the link: a new headline gives a new link, and must not look like a new story.
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(entry.id());
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published()));
        if (entry.summary() != null) {
            Description description = new Description();
            description.setType("text/plain");
            description.setValue(Xml.text(entry.summary()));
            item.setDescription(description);
        }
        if (entry.section() != null) {
            Category category = new Category();
            category.setValue(entry.section());
            item.setCategories(List.of(category));
        }
        return item;
    }
}
