package dateline.feed;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A Google News sitemap (the sitemaps.org urlset with Google's {@code news:} extension): per
 * story its page, the publication's name and language, when it was first published and its
 * headline, as the sitemap-news schema lays them out.
 */
public final class NewsSitemap {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    public static final String CONTENT_TYPE = "application/xml; charset=utf-8";

    private NewsSitemap() {}

    public static String write(String publication, List<FeedEntry> entries) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("news", NEWS);
            for (FeedEntry entry : entries) url(xml, publication, entry);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("feed: unable to write the news sitemap", e);
        }
        return text.toString();
    }

    private static void url(XMLStreamWriter xml, String publication, FeedEntry entry) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(entry.url());
        xml.writeEndElement();
        xml.writeStartElement("news", "news", NEWS);
        xml.writeStartElement("news", "publication", NEWS);
        news(xml, "name", publication);
        news(xml, "language", language(entry.language()));
        xml.writeEndElement();
        news(xml, "publication_date", entry.published().toString());
        news(xml, "title", entry.headline());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Google wants an ISO 639 code ("en"), except for Chinese, where the script matters ("zh-cn", "zh-tw"). */
    static String language(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh-")) return lower.contains("tw") || lower.contains("hant") ? "zh-tw" : "zh-cn";
        return lower.split("-")[0];
    }

    private static void news(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS);
        xml.writeCharacters(Xml.text(text));
        xml.writeEndElement();
    }
}
