package dateline.formats;

import dateline.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The IPTC NewsML-G2 2.35 XML Schema (all items, power conformance) from ../shared, read by the JDK. */
public final class NewsMlG2Schema {
    private final Schema schema;

    private NewsMlG2Schema(Schema schema) { this.schema = schema; }

    /** Loads the schema; skips the calling test when ../shared is absent. */
    public static NewsMlG2Schema load() {
        var path = SharedData.require("standards/newsml-g2/specification/NewsML-G2_2.35-spec-All-Power.xsd");
        try {
            return new NewsMlG2Schema(SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(path.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("the NewsML-G2 schema does not load: " + e.getMessage(), e);
        }
    }

    /** Every error and warning, one per line with its position; empty when the document is valid. */
    public String violations(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException e) { problems.add(describe(e)); }
            @Override public void error(SAXParseException e) { problems.add(describe(e)); }
            @Override public void fatalError(SAXParseException e) { problems.add(describe(e)); }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) problems.add(e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return String.join("\n", problems);
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
}
