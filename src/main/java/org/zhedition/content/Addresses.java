package org.zhedition.content;

import org.zhedition.input.ContentError;
import org.zhedition.input.Invisible;
import org.zhedition.input.Yaml;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every address an editor writes, as the browser and the e-reader will read it, against
 * one allow-list: {@code http}, {@code https}, {@code mailto}, and addresses relative to the page
 * (which stay inside the site). Everything else ({@code javascript:}, {@code data:},
 * {@code vbscript:}, {@code file:} …) is a located error, because the e-books carry no
 * Content-Security-Policy and a reader may open a page's link anywhere.
 *
 * <p>The address is first decoded exactly as flexmark decodes it for the page (HTML entities,
 * named such as {@code &colon;} or numeric such as {@code &#106;}, and backslash escapes), then
 * normalised as a browser does before it looks for a scheme (spaces and control characters at
 * the ends removed, tabs and line breaks inside removed, backslashes read as slashes), and also
 * percent-decoded, so that no spelling of a scheme gets past the check. An address with a control
 * character or a space in it is refused outright: no honest address has one.
 *
 * <p>What is checked: links and reference definitions in the body (their titles too), autolinks,
 * entities in the text, and the front matter's {@code source.url}. Image addresses have a rule of
 * their own ({@link Images}).
 */
public final class Addresses {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private Addresses() {
    }

    /**
     * Checks the addresses and entities of an article body (parsed): at load, and again on each
     * edition's converted body, since a conversion rule or markup could write an address too.
     *
     * @param bodyLine the line of {@code file} where the body starts
     */
    public static void check(Document document, Path file, int bodyLine) {
        for (Node n : document.getDescendants()) {
            if (!(n instanceof Link || n instanceof Reference || n instanceof AutoLink || n instanceof Image
                    || n instanceof HtmlEntity)) {
                continue;  // a node's line is counted from the start of the text: only for the nodes checked
            }
            int line = bodyLine + n.getLineNumber();
            if (n instanceof Link link) {
                address(link.getUrl(), file, line);
                title(link.getTitle(), file, line);
            } else if (n instanceof Reference ref) {
                address(ref.getUrl(), file, line);
                title(ref.getTitle(), file, line);
            } else if (n instanceof AutoLink auto) {
                address(auto.getUrl(), file, line);
            } else if (n instanceof Image image) {
                title(image.getTitle(), file, line);
            } else if (n instanceof HtmlEntity entity) {
                String text = entity.getChars().unescape();
                if (Invisible.find(text) >= 0) {
                    throw new ContentError(file, line, "the entity " + entity.getChars() + " writes the character "
                            + Invisible.name(text, Invisible.find(text)) + ", which does not belong in text",
                            "delete the entity " + entity.getChars());
                }
            }
        }
    }

    private static void address(BasedSequence url, Path file, int line) {
        String problem = problem(url.unescape(), false);
        if (problem != null) {
            throw new ContentError(file, line, "the link address '" + shown(url.toString()) + "' " + problem,
                    "write a web address (https://…), an e-mail address (mailto:…), or an address relative to the page "
                            + "(e.g. ../zh-Hant/glossary.html); write a space as %20");
        }
    }

    private static void title(BasedSequence title, Path file, int line) {
        if (title == null || title.isNull() || title.isEmpty()) {
            return;
        }
        String text = title.unescape();
        int i = Invisible.find(text);
        if (i >= 0) {
            throw new ContentError(file, line, "the link's title holds the character " + Invisible.name(text, i)
                    + ", which does not belong in text", Invisible.fix(text, i));
        }
    }

    /**
     * Checks an address that must lead to another website: {@code http} or {@code https} only.
     *
     * @param field the YAML value, for the message's line
     */
    public static void checkWebAddress(Yaml field, String name) {
        String url = field.text();
        String problem = problem(url, true);
        if (problem != null) {
            throw field.error("'" + name + "' '" + shown(url) + "' " + problem, "write the page's full address, e.g. https://theinitium.com/…");
        }
    }

    /**
     * Why {@code url} (already entity-decoded) is refused, or null when it is allowed.
     *
     * @param webOnly true when only an absolute http(s) address will do
     */
    static String problem(String url, boolean webOnly) {
        String s = url.strip();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int c = s.codePointAt(i);
            if (c <= 0x20 || c >= 0x7F && c <= 0x9F || Invisible.find(new String(Character.toChars(c))) >= 0
                    || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c)) {
                return "has a space or an invisible character (" + Invisible.name(s, i) + ") in it";
            }
        }
        String plain = percentDecoded(s).replace('\\', '/').toLowerCase(Locale.ROOT);
        plain = plain.replaceAll("[\\x00-\\x20\\x7f]", "");
        Matcher m = SCHEME.matcher(plain);
        if (m.find()) {
            String scheme = m.group(1);
            if (!SCHEMES.contains(scheme) || webOnly && scheme.equals("mailto")) {
                return "uses '" + scheme + ":', which a page may not link to (only http, https"
                        + (webOnly ? "" : ", mailto and addresses within the site") + ")";
            }
            if (!scheme.equals("mailto") && !plain.matches("https?://[^/?#@]+([/?#].*)?")
                    && !plain.matches("https?://[^/?#]*@[^/?#]+([/?#].*)?")) {
                return "is not a complete web address (it must go on with // and a host name)";
            }
            return null;
        }
        if (webOnly) {
            return "is not a web address (it must start with https:// or http://)";
        }
        if (plain.startsWith("//")) {
            return "starts with //, which leads to another website (or to the reader's disk, from a file)";
        }
        if (plain.startsWith("/")) {
            return "starts with /, which leaves the site when it is published under a sub-path (https://user.github.io/repo/)";
        }
        return null;
    }

    /** {@code s} with %XX sequences decoded as UTF-8, repeatedly, so that %256A is seen too. */
    private static String percentDecoded(String s) {
        String current = s;
        for (int round = 0; round < 4 && current.indexOf('%') >= 0; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < current.length(); i++) {
                char c = current.charAt(i);
                if (c == '%' && i + 2 < current.length() && hex(current.charAt(i + 1)) >= 0 && hex(current.charAt(i + 2)) >= 0) {
                    out.write(hex(current.charAt(i + 1)) * 16 + hex(current.charAt(i + 2)));
                    i += 2;
                } else {
                    byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
            }
            String next = out.toString(StandardCharsets.UTF_8);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String shown(String url) {
        StringBuilder b = new StringBuilder();
        url.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                b.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
