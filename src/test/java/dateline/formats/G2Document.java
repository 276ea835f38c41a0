package dateline.formats;

import java.io.StringReader;
import java.util.Iterator;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A produced G2 document read back, queried by XPath with {@code g:} for NewsML-G2 and {@code h:} for XHTML. */
public final class G2Document {
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public G2Document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            this.document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        }
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override public String getNamespaceURI(String prefix) {
                return prefix.equals("g") ? "http://iptc.org/std/nar/2006-10-01/" : "http://www.w3.org/1999/xhtml";
            }
            @Override public String getPrefix(String uri) { return null; }
            @Override public Iterator<String> getPrefixes(String uri) { return null; }
        });
    }

    public String text(String path) {
        try {
            return xpath.evaluate(path, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    public int count(String path) {
        try {
            return ((NodeList) xpath.evaluate(path, document, XPathConstants.NODESET)).getLength();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
