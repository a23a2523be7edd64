package org.zhedition.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML file (the feeds, the sitemap) written through the JDK's own StAX writer, which escapes
 * every text and attribute value. Characters that XML 1.0 cannot carry at all (control
 * characters, a lone surrogate, U+FFFE) are written as U+FFFD, so no content can make the file
 * unreadable. One element per line, indented, so that the output is the same bytes every time.
 */
final class XmlDocument {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter w;
    private int depth;

    /** Starts the document with its root element; {@code attributes} are name, value pairs. */
    XmlDocument(String root, String namespace, String... attributes) {
        try {
            // The JDK's writer, not whichever StAX library is on the classpath: output must not vary.
            w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            out.write('\n');
            w.writeStartElement(root);
            w.writeDefaultNamespace(namespace);
            attributes(attributes);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element on a new line; close it with {@link #close()}. */
    XmlDocument open(String name, String... attributes) {
        try {
            newline();
            w.writeStartElement(name);
            attributes(attributes);
            depth++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only {@code text}, on one line. */
    XmlDocument element(String name, String text, String... attributes) {
        try {
            newline();
            w.writeStartElement(name);
            attributes(attributes);
            w.writeCharacters(clean(text));
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An empty element with attributes, on one line. */
    XmlDocument empty(String name, String... attributes) {
        try {
            newline();
            w.writeEmptyElement(name);
            attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes the element opened last. */
    XmlDocument close() {
        try {
            depth--;
            newline();
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes the root and returns the document as UTF-8. */
    byte[] finish() {
        try {
            depth = 0;
            newline();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        out.write('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void attributes(String... nameValues) throws XMLStreamException {
        for (int i = 0; i < nameValues.length; i += 2) {
            String name = nameValues[i];
            String value = clean(nameValues[i + 1]);
            if (name.startsWith("xml:")) {
                w.writeAttribute("xml", XML_NS, name.substring(4), value);
            } else {
                w.writeAttribute(name, value);
            }
        }
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** {@code s} with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
