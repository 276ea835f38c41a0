package dateline.formats;

import dateline.story.Block;
import dateline.story.DatelineInfo;
import dateline.story.Entity;
import dateline.story.Story;
import dateline.story.StoryContent;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A story as an IPTC NewsML-G2 2.35 newsItem, its body XHTML; several as a newsMessage. Laid
 * out as IPTC's guide lays out a text item (LISTING 2 and 27 of its examples): item metadata
 * (version, times, embargo, publishing status), content metadata (urgency, where it was
 * filed, the people, places and organisations it is about as {@code subject}s, slugline,
 * headline, dateline, byline, summary), then the text. Dateline has no vocabulary of its own
 * for entities, so they are literals typed by IPTC's concept natures ({@code cpnat:}).
 */
final class NewsMlG2Writer {
    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** Declares the IPTC schemes the qcodes below use: ninat, stat, cpnat, drol. */
    private static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml";
    /** The "next" link relation as a URI (RFC 8288), for the page after a newsMessage. */
    private static final String NEXT = "http://www.iana.org/assignments/relation/next";

    private final StoryLinks links;

    NewsMlG2Writer(StoryLinks links) { this.links = links; }

    /** One story: a newsItem document. */
    String item(Story story) {
        return XmlOut.document(xml -> newsItem(xml, story, true));
    }

    /** Stories in one newsMessage; {@code nextUrl} (or null) is where the list goes on. */
    String message(List<Story> stories, String nextUrl, Instant sent) {
        return XmlOut.document(xml -> {
            xml.writeStartElement("newsMessage");
            xml.writeDefaultNamespace(NAR);
            xml.writeStartElement("header");
            XmlOut.element(xml, "sent", sent.toString());
            XmlOut.element(xml, "sender", links.host());
            if (nextUrl != null) {
                xml.writeEmptyElement("headerExtProperty");
                xml.writeAttribute("reluri", NEXT);
                xml.writeAttribute("uri", nextUrl);
            }
            xml.writeEndElement();
            xml.writeStartElement("itemSet");
            for (Story story : stories) newsItem(xml, story, false);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private void newsItem(XMLStreamWriter xml, Story story, boolean root) throws XMLStreamException {
        PubStatus status = PubStatus.of(story.status());
        xml.writeStartElement("newsItem");
        if (root) xml.writeDefaultNamespace(NAR);
        xml.writeAttribute("guid", links.uri(story));
        xml.writeAttribute("version", Integer.toString(story.version()));
        xml.writeAttribute("standard", "NewsML-G2");
        xml.writeAttribute("standardversion", "2.35");
        xml.writeAttribute("conformance", "power");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", story.content().language());
        xml.writeEmptyElement("catalogRef");
        xml.writeAttribute("href", IPTC_CATALOG);
        itemMeta(xml, story, status);
        contentMeta(xml, story);
        // A kill carries no text, so that no client can go on using it by mistake.
        if (status.carriesBody()) contentSet(xml, story.content());
        xml.writeEndElement();
    }

    private void itemMeta(XMLStreamWriter xml, Story story, PubStatus status) throws XMLStreamException {
        xml.writeStartElement("itemMeta");
        qcoded(xml, "itemClass", "ninat:text");
        xml.writeEmptyElement("provider");
        xml.writeAttribute("uri", links.baseUrl());
        XmlOut.element(xml, "versionCreated", story.versionCreated().toString());
        XmlOut.element(xml, "firstCreated", story.firstCreated().toString());
        if (story.embargoUntil() != null) XmlOut.element(xml, "embargoed", story.embargoUntil().toString());
        qcoded(xml, "pubStatus", "stat:" + status.code());
        if (status.carriesBody()) {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "irel:seeAlso");
            xml.writeAttribute("href", links.page(story.id(), story.slug()));
            xml.writeAttribute("contenttype", "text/html");
        }
        xml.writeEndElement();
    }

    private static void contentMeta(XMLStreamWriter xml, Story story) throws XMLStreamException {
        StoryContent content = story.content();
        xml.writeStartElement("contentMeta");
        if (content.urgency() != null) XmlOut.element(xml, "urgency", content.urgency().toString());
        XmlOut.element(xml, "contentCreated", story.firstCreated().toString());
        XmlOut.element(xml, "contentModified", story.versionCreated().toString());
        DatelineInfo dateline = content.dateline();
        if (dateline != null && dateline.place() != null) concept(xml, "located", "cpnat:geoArea", dateline.place());
        xml.writeEmptyElement("language");
        xml.writeAttribute("tag", content.language());
        for (Entity e : content.people()) concept(xml, "subject", "cpnat:person", e.name());
        for (Entity e : content.places()) concept(xml, "subject", "cpnat:geoArea", e.name());
        for (Entity e : content.organizations()) concept(xml, "subject", "cpnat:organisation", e.name());
        if (content.slugline() != null) XmlOut.element(xml, "slugline", content.slugline());
        XmlOut.element(xml, "headline", content.headline());
        if (dateline != null && dateline.written() != null) XmlOut.element(xml, "dateline", dateline.written());
        if (content.byline() != null) XmlOut.element(xml, "by", content.byline());
        if (content.standfirst() != null) {
            xml.writeStartElement("description");
            xml.writeAttribute("role", "drol:summary");
            xml.writeCharacters(XmlOut.text(content.standfirst()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** A concept Dateline names but has no code for: a literal of a type, and its name. */
    private static void concept(XMLStreamWriter xml, String element, String type, String name) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("type", type);
        xml.writeAttribute("literal", XmlOut.line(name));
        XmlOut.element(xml, "name", name);
        xml.writeEndElement();
    }

    private static void contentSet(XMLStreamWriter xml, StoryContent content) throws XMLStreamException {
        String text = content.bodyText();
        xml.writeStartElement("contentSet");
        xml.writeStartElement("inlineXML");
        xml.writeAttribute("contenttype", "application/xhtml+xml");
        xml.writeAttribute("charcount", Integer.toString(text.length()));
        xml.writeAttribute("wordcount", Integer.toString(BodyHtml.words(text)));
        xml.writeStartElement("html");
        xml.writeDefaultNamespace(XHTML);
        xml.writeStartElement("head");
        XmlOut.element(xml, "title", content.headline());
        xml.writeEndElement();
        xml.writeStartElement("body");
        for (Block block : content.blocks()) XmlOut.element(xml, block.isParagraph() ? "p" : "h2", block.text());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void qcoded(XMLStreamWriter xml, String element, String qcode) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("qcode", qcode);
    }
}
