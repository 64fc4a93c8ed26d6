package se.dialogcoder.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import se.dialogcoder.model.UserMessage;

/**
 * The one place where XML parsers are made. Every parser refuses a DOCTYPE (so no external entities, no entity
 * expansion such as "billion laughs", no DTD fetching), runs with secure processing on, may not reach any external
 * DTD or schema, and limits element depth. Nothing else in DialogCoder creates an XML parser.
 */
public final class SafeXml {
    /** Deepest element nesting accepted (a REFI-QDA code tree nests far less). */
    public static final int MAX_ELEMENT_DEPTH = 200;

    private static final UserMessage DOCTYPE = UserMessage.of("err.xml.doctype", "the XML contains a DOCTYPE "
            + "declaration, which is refused for safety (it can make a reader fetch files or expand entities until "
            + "memory runs out).");

    private SafeXml() {
    }

    /** A namespace-aware DOM parser with every protection on; errors are thrown, never printed. */
    public static DocumentBuilder documentBuilder() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be secured: " + e.getMessage(), e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        } catch (IllegalArgumentException notSupported) {
            // another JAXP implementation: the code tree reader has its own depth guard
        }
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        try {
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses XML bytes (a UTF-8 byte order mark is allowed).
     *
     * @param what names the file in messages, e.g. {@code "projekt.qdpx: project.qde"}
     */
    public static Document parse(byte[] xml, String what) throws ExchangeException {
        try {
            return documentBuilder().parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new ExchangeException(UserMessage.of("err.file", "{0}: {1}", what, reason(e)));
        } catch (SAXException e) {
            throw new ExchangeException(UserMessage.of("err.file", "{0}: {1}", what, reason(e)), e);
        } catch (IOException e) {
            throw new ExchangeException(UserMessage.of("err.xml.unreadable", "{0}: the XML cannot be read ({1}).", what,
                    e.getMessage()), e);
        }
    }

    private static UserMessage reason(SAXException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE")) {
            return DOCTYPE;
        }
        if (m.contains("entity") || m.contains("JAXP0001") || m.contains("maxElementDepth")) {
            return UserMessage.of("err.xml.refused", "the XML is refused for safety ({0}).", m);
        }
        return e instanceof SAXParseException p
                ? UserMessage.of("err.xml.notWellFormedAt", "not well-formed XML at line {0,number,#} ({1}).",
                        p.getLineNumber(), m)
                : UserMessage.of("err.xml.notWellFormed", "not well-formed XML ({0}).", m);
    }

    /** A schema factory that may not fetch anything referenced from the schema. */
    public static SchemaFactory schemaFactory() {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the schema factory cannot be secured: " + e.getMessage(), e);
        }
        return f;
    }

    /** A validator for a schema that may not fetch anything the instance refers to. */
    public static Validator validator(Schema schema) {
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the validator cannot be secured: " + e.getMessage(), e);
        }
        v.setErrorHandler(THROWING);
        return v;
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop reading
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
