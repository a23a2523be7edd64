package org.zhedition.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a block of the web page's HTML into EPUB 3 XHTML: each glossary toggletip (a term's
 * {@code <label>} holding its {@code <button popovertarget>} and its text, followed by its
 * {@code popover} note) becomes a note reference
 * ({@code epub:type="noteref"}) and a footnote ({@code <aside epub:type="footnote">}) placed
 * after the block, which e-readers show as a pop-up and simpler readers print after the paragraph.
 *
 * <p>It works on the rendered HTML rather than a second render of the document so that the
 * book always says exactly what the page says.
 */
final class EpubNotes {
    private static final Pattern BUTTON = Pattern.compile(
            "<label class=\"term-word\"><button\\b([^>]*)></button><span class=\"term-text\"[^>]*>(.*?)</span></label>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern NOTE_LINK = Pattern.compile("\\s*<a class=\"note-link\"[^>]*>.*?</a>", Pattern.DOTALL);
    private static final Pattern VOID = Pattern.compile("<(br|hr|wbr|img)(\\b[^>]*?)\\s*/?>");
    private static final Map<String, String> XML_ENTITIES = Map.of("amp", "&amp;", "lt", "&lt;", "gt", "&gt;",
            "quot", "&quot;", "apos", "&apos;", "nbsp", "&#160;");

    /** A block converted: its XHTML with note references, and the footnotes that go after it. */
    record Converted(String xhtml, List<String> footnotes) {
    }

    private EpubNotes() {
    }

    static Converted convert(String html) {
        List<String> footnotes = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher b = BUTTON.matcher(html);
        while (b.find(at)) {
            Map<String, String> attrs = attributes(b.group(1));
            String target = attrs.get("popovertarget");
            if (target == null) {
                out.append(html, at, b.end());
                at = b.end();
                continue;
            }
            int noteStart = html.indexOf("id=\"" + target + "\"", b.end());
            int open = noteStart < 0 ? -1 : html.lastIndexOf('<', noteStart);
            if (open != b.end()) {
                throw new IllegalStateException("note " + target + " does not follow its term in: " + html);
            }
            String tag = html.substring(open + 1, html.indexOf(' ', open)).trim();
            int openEnd = html.indexOf('>', open) + 1;
            int close = closing(html, tag, openEnd);
            String note = NOTE_LINK.matcher(html.substring(openEnd, close)).replaceAll("");
            String refId = attrs.getOrDefault("id", "ref-" + target);
            out.append(html, at, b.start())
                    .append("<a epub:type=\"noteref\" class=\"noteref\" href=\"#").append(target).append("\" id=\"")
                    .append(refId).append("\">").append(b.group(2)).append("</a>");
            footnotes.add("<aside epub:type=\"footnote\" class=\"footnote\" id=\"" + target + "\"><p>" + note
                    + " <a class=\"back\" href=\"#" + refId + "\">↩</a></p></aside>");
            at = close + tag.length() + 3;
        }
        out.append(html.substring(at));
        return new Converted(xml(out.toString()), footnotes.stream().map(EpubNotes::xml).toList());
    }

    /** The index of the {@code </tag>} that closes the element whose content starts at {@code from}. */
    private static int closing(String html, String tag, int from) {
        int depth = 1;
        int i = from;
        while (i < html.length()) {
            int nextOpen = html.indexOf("<" + tag, i);
            int nextClose = html.indexOf("</" + tag + ">", i);
            if (nextClose < 0) {
                break;
            }
            if (nextOpen >= 0 && nextOpen < nextClose && isTagEnd(html, nextOpen + tag.length() + 1)) {
                depth++;
                i = nextOpen + tag.length() + 1;
            } else {
                depth--;
                if (depth == 0) {
                    return nextClose;
                }
                i = nextClose + tag.length() + 3;
            }
        }
        throw new IllegalStateException("unclosed <" + tag + "> in: " + html);
    }

    private static boolean isTagEnd(String html, int i) {
        return i < html.length() && (html.charAt(i) == ' ' || html.charAt(i) == '>');
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        return out;
    }

    /** HTML that is also well-formed XML: void elements closed, only XML's named entities. */
    static String xml(String html) {
        String closed = html.contains("<br") || html.contains("<hr") || html.contains("<wbr") || html.contains("<img")
                ? VOID.matcher(html).replaceAll("<$1$2/>") : html;
        // A scan rather than a regular expression: most of a book's text has no entity at all.
        StringBuilder out = null;
        int at = 0;
        for (int amp = closed.indexOf('&'); amp >= 0; amp = closed.indexOf('&', amp + 1)) {
            int end = amp + 1;
            if (end < closed.length() && isAsciiLetter(closed.charAt(end))) {
                while (end < closed.length() && (isAsciiLetter(closed.charAt(end)) || isAsciiDigit(closed.charAt(end)))) {
                    end++;
                }
            }
            if (end == amp + 1 || end >= closed.length() || closed.charAt(end) != ';') {
                continue;  // not a named entity (&#160; or a lone &amp;-escaped text)
            }
            String name = closed.substring(amp + 1, end);
            String replacement = XML_ENTITIES.get(name);
            if (replacement == null) {
                throw new IllegalStateException("no XML equivalent for &" + name + "; in: " + html);
            }
            if (out == null) {
                out = new StringBuilder(closed.length() + 16);
            }
            out.append(closed, at, amp).append(replacement);
            at = end + 1;
        }
        return out == null ? closed : out.append(closed, at, closed.length()).toString();
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
