package org.zhedition.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * What a built page may contain, whatever the content: the elements the templates and the
 * Markdown renderer produce, no handler attribute, no {@code javascript:} address, and only the
 * site's own scripts (files under assets/, or inline code whose hash the page's CSP lists).
 */
final class Inert {
    /** Elements the templates and the Markdown renderer may produce; anything else was injected. */
    static final Set<String> ALLOWED = Set.of("html", "head", "meta", "title", "link", "script", "body", "a", "header",
            "nav", "main", "footer", "article", "section", "div", "span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
            "ol", "li", "dl", "dt", "dd", "dfn", "button", "label", "figure", "figcaption", "table", "thead", "tbody", "tr", "th",
            "td", "q", "em", "strong", "code", "pre", "blockquote", "hr", "br", "abbr", "small", "time", "aside", "b", "i",
            "noscript", "details", "summary", "cite", "sup", "sub", "mark", "s", "del", "ins", "bdi", "ruby", "rt", "rp");

    private Inert() {
    }

    /**
     * The layout's search field, the one form control a page has: an {@code <input>} anywhere else
     * (or a second one) was injected.
     */
    private static boolean searchBox(Element e) {
        return e.tagName().equals("input") && e.id().equals("site-search") && e.parent() != null
                && e.parent().hasAttr("data-search") && e.ownerDocument().select("input").size() == 1;
    }

    /** Every problem of one page, parse errors included; {@code extra} tags are allowed too. */
    static List<String> problems(String name, String html, Set<String> extra) {
        List<String> problems = new ArrayList<>();
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document doc = parser.parseInput(html, "");
        for (ParseError e : parser.getErrors()) {
            problems.add(name + ": HTML error " + e);
        }
        Element meta = doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        String csp = meta == null ? "" : meta.attr("content");
        if (!csp.contains("script-src 'self'") || csp.contains("unsafe")) {
            problems.add(name + ": no strict Content-Security-Policy");
        }
        for (Element e : doc.getAllElements()) {
            if (!e.tagName().equals("#root") && !ALLOWED.contains(e.tagName()) && !extra.contains(e.tagName()) && !searchBox(e)) {
                problems.add(name + ": <" + e.tagName() + ">");
            }
            for (Attribute a : e.attributes()) {
                if (a.getKey().startsWith("on") || a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    problems.add(name + ": " + a.getKey() + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
                }
            }
        }
        for (Element s : doc.select("script")) {
            boolean ours = s.hasAttr("src") ? s.data().isEmpty() && s.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js")
                    : csp.contains("'sha256-" + sha256(s.data()) + "'");
            if (!ours) {
                problems.add(name + ": script not ours: " + s.outerHtml().lines().findFirst().orElse(""));
            }
        }
        return problems;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
