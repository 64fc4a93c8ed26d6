package se.dialogcoder.exchange;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading REFI-QDA XML by local element names. Real exporters use several namespaces
 * ({@code urn:QDA-XML:project:1.0}, {@code urn:QDA-XML:codebook:1.0}, {@code urn:QDA-XML:codebook:0:4}, none at
 * all); the namespace is ignored and elements are matched by their local name only.
 */
final class Dom {
    private Dom() {
    }

    static String name(Node n) {
        String local = n.getLocalName();
        if (local != null) {
            return local;
        }
        String qName = n.getNodeName();
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Direct child elements with that local name (all of them when the name is null). */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && (localName == null || name(n).equals(localName))) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** All direct child elements. */
    static List<Element> children(Element parent) {
        return children(parent, null);
    }

    /** The first direct child element with that local name, or null. */
    static Element child(Element parent, String localName) {
        List<Element> all = children(parent, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The text of the first child element with that local name, or null when absent or blank. */
    static String childText(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null || t.isBlank() ? null : t;
    }

    /** An attribute value (unqualified name), or null when absent or blank. */
    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        if (v == null || v.isBlank()) {
            v = e.getAttributeNS(null, name);
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** The guid attribute in comparable form, or null. */
    static String guid(Element e, String attribute) {
        return Guids.normalise(attr(e, attribute));
    }
}
