package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.browser.BuiltSite;
import org.zhedition.render.DatedSite;

/**
 * Every page is valid HTML: the Nu HTML Checker finds no error in site/, in the two-article site
 * with images, in the dated-site fixture built with a base URL (feeds, canonical links), nor in
 * one page of each kind of the 100-article archive fixture (months, tag pages and index,
 * tables of contents, pagers); and every id reference the checker does not follow (popovertarget,
 * aria-*, fragment links within and across pages) points at an element that exists.
 */
class HtmlValidityIT {
    private static final List<String> IDREF_ATTRIBUTES = List.of("popovertarget", "aria-labelledby", "aria-describedby",
            "aria-controls", "aria-owns", "aria-details", "aria-activedescendant", "aria-errormessage", "for", "list");

    /** The Nu checker over site/ and the two-article site with images, in its own JVM (its command line calls System.exit). */
    @Test
    void nuHtmlCheckerFindsNoError() {
        Path site = BuiltSite.published();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                "--errors-only", "--skip-non-html", "--format", "json", "--stdout", site.toString());
        cmd = new ArrayList<>(cmd);
        cmd.add(TwoArticleSite.root().toString());
        cmd.add(DatedSite.siteWithBaseUrl().toString());
        cmd.add(BuiltSite.taiwan().toString());
        for (Path page : org.zhedition.ArchiveFixture.samplePages()) {
            cmd.add(page.toString());
        }
        Project.Run run = Project.run(cmd, site);
        List<String> errors = new ArrayList<>();
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        for (JsonElement m : json.getAsJsonArray("messages")) {
            JsonObject o = m.getAsJsonObject();
            String url = o.has("url") ? o.get("url").getAsString() : "?";
            String file = url.startsWith("file:") ? Path.of(URI.create(url)).toString() : url;
            errors.add(file + ":" + (o.has("lastLine") ? o.get("lastLine").getAsInt() : 0) + ": "
                    + o.get("type").getAsString() + ": " + o.get("message").getAsString());
        }
        assertEquals(List.of(), errors, String.join("\n", errors));
        assertEquals(0, run.status(), run.err());
    }

    static Stream<Path> pages() {
        return Stream.of(BuiltSite.pages(), BuiltSite.pages(TwoArticleSite.root()), BuiltSite.pages(DatedSite.siteWithBaseUrl()),
                        BuiltSite.pages(BuiltSite.taiwan()), org.zhedition.ArchiveFixture.samplePages())
                .flatMap(List::stream).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyIdReferenceResolves(Path page) {
        Document doc = parse(page);
        List<String> broken = new ArrayList<>();
        Set<String> ids = ids(doc);
        for (String attribute : IDREF_ATTRIBUTES) {
            for (Element e : doc.select("[" + attribute + "]")) {
                for (String id : e.attr(attribute).trim().split("\\s+")) {
                    if (!ids.contains(id)) {
                        broken.add(attribute + "=\"" + id + "\" on <" + e.tagName() + ">");
                    }
                }
            }
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            int hash = href.indexOf('#');
            if (hash < 0 || href.contains(":")) {
                continue;
            }
            String fragment = URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
            Path target = hash == 0 ? page : page.resolveSibling(href.substring(0, hash)).normalize();
            if (!Files.isRegularFile(target)) {
                broken.add("href=\"" + href + "\": no such page");
            } else if (!fragment.isEmpty() && !ids(target.equals(page) ? doc : parse(target)).contains(fragment)) {
                broken.add("href=\"" + href + "\": no id '" + fragment + "' there");
            }
        }
        assertEquals(List.of(), broken, page.toString());
        assertTrue(ids.contains("main"), "every page has a main landmark to skip to");
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), page.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
