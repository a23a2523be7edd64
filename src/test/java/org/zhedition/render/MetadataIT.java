package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.build.Build;
import org.zhedition.TestProjects;

/**
 * Page metadata: language, alternates, titles and descriptions per edition, Open Graph; and
 * canonical addresses and a sitemap only when the editor sets a base URL.
 */
class MetadataIT {
    private static final String BASE = "https://user.github.io/repo/";

    private static String text(Build.Result r, String path) {
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    private static String one(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void eachEditionDescribesItselfInItsOwnScript(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        String hant = text(r, "zh-Hant/deepseek-shock.html");
        String hans = text(r, "zh-Hans/deepseek-shock.html");
        assertEquals("zh-Hant", one(hant, "<html lang=\"([^\"]+)\""));
        assertEquals("zh-Hans", one(hans, "<html lang=\"([^\"]+)\""));
        assertNotEquals(one(hant, "<title>([^<]+)</title>"), one(hans, "<title>([^<]+)</title>"));
        assertTrue(one(hans, "<title>([^<]+)</title>").contains("冲击"));
        assertTrue(one(hans, "<meta name=\"description\" content=\"([^\"]+)\"").contains("英伟达"));
        assertTrue(one(hant, "<meta name=\"description\" content=\"([^\"]+)\"").contains("英偉達"));
        for (String page : List.of(hant, hans)) {
            assertEquals(List.of("zh-Hant", "zh-Hans"), all(page, "<link rel=\"alternate\" hreflang=\"([^\"]+)\""));
            assertEquals(List.of("../zh-Hant/deepseek-shock.html", "../zh-Hans/deepseek-shock.html"),
                    all(page, "<link rel=\"alternate\" hreflang=\"[^\"]+\" href=\"([^\"]+)\""));
            assertEquals("article", one(page, "<meta property=\"og:type\" content=\"([^\"]+)\""));
            assertTrue(page.contains("<meta property=\"og:title\""));
            assertTrue(page.contains("<link rel=\"icon\" href=\"../assets/favicon.svg\""));
            // The switch and the link to the other edition are marked as the other script.
            assertTrue(page.matches("(?s).*<a class=\"switch\"[^>]* lang=\"zh-Han[st]\".*"));
        }
        assertEquals("zh_CN", one(hans, "<meta property=\"og:locale\" content=\"([^\"]+)\""));
        assertTrue(r.files().containsKey("assets/favicon.svg"));
        String home = text(r, "index.html");
        assertTrue(home.contains("lang=\"zh-Hans\""), "the Simplified half of the home page is marked");
    }

    /** Not only the one article: every article's pages name their own alternates, type and script. */
    @Test
    void everyArticleDescribesItselfNotOnlyTheFirst(@TempDir Path dir) {
        TestProjects.withSecondArticle(TestProjects.copyOfFixture(dir));
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        for (String slug : List.of("deepseek-shock", "hello-world")) {
            for (String lang : List.of("zh-Hant", "zh-Hans")) {
                String page = text(r, lang + "/" + slug + ".html");
                assertEquals(lang, one(page, "<html lang=\"([^\"]+)\""));
                assertEquals(List.of("../zh-Hant/" + slug + ".html", "../zh-Hans/" + slug + ".html"),
                        all(page, "<link rel=\"alternate\" hreflang=\"[^\"]+\" href=\"([^\"]+)\""));
                assertEquals("article", one(page, "<meta property=\"og:type\" content=\"([^\"]+)\""));
                String other = lang.equals("zh-Hant") ? "zh-Hans" : "zh-Hant";
                assertTrue(page.contains("href=\"../" + other + "/" + slug + ".html\" hreflang=\"" + other + "\" lang=\"" + other + "\""),
                        slug + " " + lang + ": the switch goes to the same article in the other script");
            }
        }
        assertTrue(text(r, "zh-Hans/hello-world.html").contains("<title>芯片与智能手机"), "the second article's title converted");
    }

    @Test
    void creditsNameThePublicationColumnPhotographersAndTheEditionsChanges(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        String hant = text(r, "zh-Hant/deepseek-shock.html");
        String hans = text(r, "zh-Hans/deepseek-shock.html");
        assertTrue(hant.contains("<dt>來源</dt><dd>端傳媒（Initium Media）</dd>"), "publication");
        assertTrue(hant.contains("<dt>欄目</dt><dd>Whatsnew</dd>"), "column");
        assertTrue(hant.contains("<dt>攝影</dt><dd>Andy Wong/AP/達志影像；Yuki Iwamura/Bloomberg via Getty Images</dd>"),
                "each photo credit once, in order");
        assertTrue(hans.contains("<dt>摄影</dt><dd>Andy Wong/AP/达志影像；"), "credits in the edition's script");
        assertTrue(hant.contains("<h2 id=\"emendations-title\">編者註記</h2>") && hant.contains("<td>第3段</td>"), "the edition's changes");
        assertTrue(hant.contains("href=\"deepseek-shock.epub\""), "the e-book is linked from the article");
    }

    @Test
    void withoutABaseUrlNothingPointsOnline(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        assertFalse(r.files().containsKey("sitemap.xml"));
        for (Map.Entry<String, byte[]> e : r.files().entrySet()) {
            if (e.getKey().endsWith(".html")) {
                String html = new String(e.getValue(), StandardCharsets.UTF_8);
                assertFalse(html.contains("rel=\"canonical\"") || html.contains("og:url"), e.getKey());
                assertFalse(html.matches("(?s).*(href|src)=\"(https?:)?//.*"), e.getKey() + " points online");
            }
        }
    }

    @Test
    void withABaseUrlPagesAreCanonicalAndListedInTheSitemap(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Path site = dir.resolve("content/site.yaml");
        String yaml = Files.readString(site);
        assertTrue(yaml.contains("base_url: \"\""));
        Files.writeString(site, yaml.replace("base_url: \"\"", "base_url: \"" + BASE + "\""));
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        String sitemap = text(r, "sitemap.xml");
        List<String> listed = all(sitemap, "<loc>([^<]+)</loc>");
        List<String> expected = new ArrayList<>();
        for (String p : r.files().keySet()) {
            if (p.endsWith(".html") && !p.equals("404.html")) {
                expected.add(BASE + p);
                String html = text(r, p);
                assertEquals(BASE + p, one(html, "<link rel=\"canonical\" href=\"([^\"]+)\""), p);
                assertEquals(BASE + p, one(html, "<meta property=\"og:url\" content=\"([^\"]+)\""), p);
            }
        }
        assertEquals(expected, listed);
        // Pages answers any missing address with 404.html, at any depth: its links must not be relative.
        String notFound = text(r, "404.html");
        assertTrue(notFound.contains("href=\"" + BASE + "index.html\""), "404 links home absolutely");
        assertTrue(notFound.contains("href=\"" + BASE + "assets/style.css\""), "404 is styled at any depth");
        assertFalse(sitemap.contains("404.html"));
    }
}
