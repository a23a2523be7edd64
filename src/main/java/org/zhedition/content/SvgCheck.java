package org.zhedition.content;

import org.zhedition.input.ContentError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Refuses an SVG image that could do more than show a picture. An SVG is a document: opened on
 * its own (a reader follows the image's address, or a browser opens the e-book's file) it runs
 * its scripts with the site's origin, which on GitHub Pages is shared by all of the owner's
 * project sites. So an image in {@code content/media/} may hold none of:
 *
 * <ul>
 * <li>{@code <script>}, {@code <foreignObject>} (HTML inside the picture), {@code <iframe>},
 *     {@code <embed>}, {@code <object>}, {@code <handler>}, audio or video;
 * <li>an event handler attribute ({@code onload}, {@code onclick}, any {@code on…});
 * <li>a reference to anything but a place in the same file: {@code href} or {@code xlink:href}
 *     other than {@code #id}, {@code url(…)} other than {@code url(#id)}, CSS {@code @import},
 *     an animation that sets an {@code href} or a handler;
 * <li>a processing instruction ({@code <?xml-stylesheet …?>} loads a stylesheet), a
 *     {@code <!DOCTYPE>} (entities can pull in other files or grow without end), or CSS escapes
 *     (a backslash in a style can spell any of the above in disguise).
 * </ul>
 *
 * It is read with the JDK's XML parser with DOCTYPEs and external entities switched off, never
 * with a pattern over its text. Drawing programs write none of these for a plain picture; the
 * fix for each is to export the picture again as plain SVG, or as PNG.
 */
final class SvgCheck {
    private static final Set<String> ACTIVE = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler",
            "listener", "audio", "video", "frame", "frameset", "applet", "base", "link", "meta");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion", "animatecolor");
    private static final Set<String> REFERENCES = Set.of("href", "src", "action", "formaction", "data", "srcset");
    private static final String PLAIN = "export the picture again as plain SVG (in Inkscape: Save As → Plain SVG; "
            + "or with svgo), without scripts, links or embedded files; or save it as PNG";

    private SvgCheck() {
    }

    /** @throws ContentError naming the SVG's line and what is wrong (its file is added by the caller) */
    static void check(byte[] svg) {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        Handler handler = new Handler();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.parse(new InputSource(new ByteArrayInputStream(svg)), handler);
        } catch (Refused e) {
            throw e.error;
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new ContentError(null, 0, "line " + e.getLineNumber() + " of the SVG has a <!DOCTYPE …>, which can pull in "
                        + "other files through entities", "delete the <!DOCTYPE …> declaration (an SVG needs none), or " + PLAIN);
            }
            throw new ContentError(null, 0, "the SVG is not well-formed XML at its line " + e.getLineNumber() + ": " + m,
                    "open it in a drawing program and save it again as SVG, or save it as PNG");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ContentError(null, 0, "the SVG cannot be read: " + e.getMessage(), "save it again as plain SVG, or as PNG");
        }
        if (!handler.sawSvg) {
            throw new ContentError(null, 0, "the file is not an SVG picture (its first element is not <svg>)",
                    "save the picture as SVG, or give the file the extension of its real type");
        }
    }

    /** Carries a refusal out of the parser. */
    private static final class Refused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient ContentError error;

        Refused(ContentError error) {
            this.error = error;
        }
    }

    private static final class Handler extends DefaultHandler {
        private Locator locator;
        private boolean first = true;
        private boolean sawSvg;
        private int inStyle;
        private final StringBuilder style = new StringBuilder();

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private Refused refuse(String what, String fix) {
            int line = locator == null ? 0 : locator.getLineNumber();
            return new Refused(new ContentError(null, 0, "line " + line + " of the SVG " + what, fix));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName.toLowerCase(Locale.ROOT);
            if (first) {
                first = false;
                sawSvg = name.equals("svg");
            }
            if (ACTIVE.contains(name)) {
                throw refuse("has a <" + localName + "> element, which can run code or load other content", PLAIN);
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String qualified = attributes.getQName(i);
                String value = attributes.getValue(i);
                if (attribute.startsWith("on")) {
                    throw refuse("has an event handler " + qualified + "=\"…\" on <" + localName + ">, which runs code", PLAIN);
                }
                if (REFERENCES.contains(attribute) && !local(value)) {
                    throw refuse("refers to another file or address: " + qualified + "=\"" + shorten(value) + "\" (only a place in "
                            + "the same picture, href=\"#id\", is allowed)", PLAIN);
                }
                if (ANIMATIONS.contains(name) && attribute.equals("attributename")) {
                    String target = value.strip().toLowerCase(Locale.ROOT);
                    if (target.endsWith("href") || target.startsWith("on")) {
                        throw refuse("has an animation that changes " + value.strip() + ", which can run code", PLAIN);
                    }
                }
                if (attribute.equals("style") || value.toLowerCase(Locale.ROOT).contains("url(")) {
                    css(value, qualified + "=\"…\"");
                }
            }
            if (name.equals("style")) {
                inStyle++;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inStyle > 0) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (localName.equalsIgnoreCase("style") && inStyle > 0) {
                inStyle--;
                if (inStyle == 0) {
                    css(style.toString(), "<style>");
                    style.setLength(0);
                }
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            throw refuse("has a processing instruction <?" + target + " …?>, which can load a stylesheet from elsewhere",
                    "delete the <?" + target + " …?> line, or " + PLAIN);
        }

        /** A stylesheet or style attribute: no escapes, no imports, url() only to a place in the picture. */
        private void css(String text, String where) throws SAXException {
            String css = text.replaceAll("(?s)/\\*.*?\\*/", "");
            String lower = css.toLowerCase(Locale.ROOT);
            if (css.indexOf('\\') >= 0) {
                throw refuse("has a backslash (a CSS escape) in " + where + ", which can hide an address", PLAIN);
            }
            if (lower.contains("@import") || lower.contains("expression(") || lower.contains("image-set(")) {
                throw refuse("loads other content from its styles (" + where + ")", PLAIN);
            }
            for (int at = lower.indexOf("url("); at >= 0; at = lower.indexOf("url(", at + 4)) {
                String target = css.substring(at + 4).strip();
                if (target.startsWith("\"") || target.startsWith("'")) {
                    target = target.substring(1).strip();
                }
                if (!target.startsWith("#")) {
                    throw refuse("refers to another file or address in " + where + ": " + shorten(css.substring(at))
                            + " (only url(#id), a place in the same picture, is allowed)", PLAIN);
                }
            }
        }

        private static boolean local(String value) {
            String v = value.strip();
            return v.startsWith("#") && v.chars().noneMatch(c -> c == ':' || c == '/' || c == '(' || Character.isWhitespace(c));
        }

        private static String shorten(String s) {
            String one = s.strip().replaceAll("\\s+", " ");
            return one.length() > 60 ? one.substring(0, 60) + "…" : one;
        }
    }
}
