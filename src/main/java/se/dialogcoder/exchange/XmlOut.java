package se.dialogcoder.exchange;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes indented XML in one default namespace with StAX. An element is started with {@link #open}, given
 * attributes with {@link #attr}, and ended with {@link #close}; an element without content comes out as
 * {@code <Name/>}. Characters that XML 1.0 cannot carry are left out; line breaks in attribute values become spaces.
 */
final class XmlOut {
    private final XMLStreamWriter w;
    private final String namespace;
    /** Written start tags: true once the element has a child element. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private final List<String[]> attributes = new ArrayList<>();
    private String pending;
    private boolean rootWritten;

    XmlOut(OutputStream out, String namespace) throws XMLStreamException {
        this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.namespace = namespace;
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(namespace);
    }

    /** Starts an element (its start tag is written when its first child or its end comes). */
    XmlOut open(String name) throws XMLStreamException {
        if (pending != null) {
            writePending(false);
        }
        pending = name;
        return this;
    }

    /** Adds an attribute to the element just opened; a null value is left out. */
    XmlOut attr(String name, Object value) {
        if (pending == null) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            attributes.add(new String[] {name, clean(String.valueOf(value)).replaceAll("[\r\n\t]", " ")});
        }
        return this;
    }

    /** An element holding only text; nothing is written when the text is null. */
    XmlOut textElement(String name, String text) throws XMLStreamException {
        if (text == null) {
            return this;
        }
        open(name);
        writePending(false);
        w.writeCharacters(clean(text));
        w.writeEndElement();
        open.pop();
        return this;
    }

    /** Ends the innermost element. */
    XmlOut close() throws XMLStreamException {
        if (pending != null) {
            writePending(true);
            return this;
        }
        boolean[] hadChildren = open.pop();
        if (hadChildren[0]) {
            indent(open.size());
        }
        w.writeEndElement();
        return this;
    }

    /** Ends every open element and the document, and flushes. */
    void finish() throws XMLStreamException {
        while (pending != null || !open.isEmpty()) {
            close();
        }
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private void writePending(boolean empty) throws XMLStreamException {
        if (open.isEmpty() && rootWritten) {
            throw new IllegalStateException("a second root element");
        }
        indent(open.size());
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        if (empty) {
            w.writeEmptyElement(namespace, pending);
        } else {
            w.writeStartElement(namespace, pending);
        }
        if (!rootWritten) {
            w.writeDefaultNamespace(namespace);
            rootWritten = true;
        }
        for (String[] a : attributes) {
            w.writeAttribute(a[0], a[1]);
        }
        attributes.clear();
        if (!empty) {
            open.push(new boolean[1]);
        }
        pending = null;
    }

    private void indent(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Leaves out characters XML 1.0 cannot carry (most control characters, lone surrogates, U+FFFE/U+FFFF). */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }
}
