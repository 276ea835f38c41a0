package dateline.formats;

import java.io.StringWriter;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document being written with the JDK's streaming writer, which escapes every text and
 * attribute. What it cannot do is leave out characters XML 1.0 forbids (control characters
 * pasted in with copy): those are dropped here, as no XML parser would read them.
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Pattern NOT_XML = Pattern.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Writes one document with {@code body}, returning its text. */
    static String document(XmlBody body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("formats: unable to write XML", e);
        }
        return text.toString();
    }

    /** Text as XML can carry it. */
    static String text(String value) {
        return NOT_XML.matcher(value).replaceAll("");
    }

    /** Text for an attribute or label that must be one line ({@code g2normalizedString}). */
    static String line(String value) {
        return SPACES.matcher(text(value)).replaceAll(" ").strip();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text(text));
        xml.writeEndElement();
    }

    /** What goes inside a document. */
    interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
