package dateline.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A feed as Atom 1.0 (RFC 4287), written by Rome. */
final class AtomWriter {
    private AtomWriter() {}

    static String write(NewsFeed feed) {
        Feed atom = new Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(feed.id());
        atom.setTitle(Xml.text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        // Atom requires an updated time; a feed with no story yet has changed never, so: the epoch.
        atom.setUpdated(Date.from(feed.updated() == null ? Instant.EPOCH : feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.homeUrl())));
        atom.setOtherLinks(List.of(link("self", FeedFormat.ATOM.mediaType(), feed.url(FeedFormat.ATOM))));
        // An entry without an author takes the feed's: the agency.
        atom.setAuthors(List.of(person(feed.publisher())));
        atom.setEntries(feed.entries().stream().map(AtomWriter::entry).toList());
        return Xml.output(atom);
    }

    private static Entry entry(FeedEntry story) {
        Entry entry = new Entry();
        entry.setId(story.id());
        entry.setTitle(Xml.text(story.headline()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", story.url())));
        entry.setPublished(Date.from(story.published()));
        entry.setUpdated(Date.from(story.updated()));
        if (story.summary() != null) entry.setSummary(text(story.summary()));
        if (story.author() != null) entry.setAuthors(List.of(person(story.author())));
        if (story.section() != null) {
            Category category = new Category();
            category.setTerm(story.section());
            entry.setCategories(List.of(category));
        }
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(Xml.text(value));
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(Xml.text(name));
        return person;
    }
}
