package org.zhedition;

import org.zhedition.build.Build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the fixture project and templates/ build both editions of the whole article. */
class BuildIT {
    private static String page(Build.Result r, String path) {
        byte[] b = r.files().get(path);
        assertTrue(b != null, "missing page " + path + " in " + r.files().keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void theFixtureBuildsBothEditionsOfTheWholeArticle(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        for (String p : new String[] {"index.html", "404.html", ".nojekyll", "zh-Hant/deepseek-shock.html",
                "zh-Hans/deepseek-shock.html", "zh-Hant/glossary.html", "zh-Hans/glossary.html",
                "parallel/deepseek-shock.html", "assets/style.css"}) {
            assertTrue(r.files().containsKey(p), p);
        }
        String hant = readable(page(r, "zh-Hant/deepseek-shock.html"));
        String hans = readable(page(r, "zh-Hans/deepseek-shock.html"));
        assertTrue(hant.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\""));
        assertTrue(hans.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hans\""));
        // First and last sentences of the body, three section headings, both captions.
        assertTrue(hant.contains("1月27日，美國主要科技股市出現大幅拋售"));
        assertTrue(hant.contains("我們是否應該信任中國？」他指DeepSeek雖開源，但或許也有一天「許可證會改變」。"));
        assertTrue(hans.contains("1月27日，美国主要科技股市出现大幅抛售"));
        assertEquals(3, count(hant, "<h2 id=\"h"));
        assertEquals(3, count(hans, "<h2 id=\"h"));
        assertEquals(2, count(hant, "<figure id=\"f"));
        assertTrue(hant.contains("Andy Wong/AP/達志影像") && hant.contains("Yuki Iwamura/Bloomberg via Getty Images"));
        // Debris is gone; damage is repaired.
        assertFalse(body(hant).contains("新春快樂") || body(hant).contains("讀者評論") || body(hant).contains("會員專屬評論"));
        assertTrue(hant.contains("Qwen2.5-72B（阿里自研大模型）"));
        assertFalse(body(hant).matches("(?s).*[\\p{IsHan}][,!?:;].*"), "ASCII punctuation after Han text");
        // The same paragraphs in both editions.
        assertEquals(count(hant, "<p id=\"p"), count(hans, "<p id=\"p"));
        assertTrue(count(hant, "<p id=\"p") >= 30);
    }

    @Test
    void everyArticleGetsBothEditionsAndTheHomePageListsThemAll(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        TestProjects.withSecondArticle(dir);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        String home = page(r, "index.html");
        for (String slug : new String[] {"deepseek-shock", "hello-world"}) {
            for (String ed : new String[] {"zh-Hant", "zh-Hans"}) {
                assertTrue(r.files().containsKey(ed + "/" + slug + ".html"), ed + "/" + slug);
                assertTrue(home.contains("href=\"" + ed + "/" + slug + ".html\""), "home links " + ed + "/" + slug);
            }
            assertTrue(r.files().containsKey("parallel/" + slug + ".html"));
        }
        String hans = page(r, "zh-Hans/hello-world.html");
        hans = readable(hans);
        assertTrue(hans.contains("芯片") && hans.contains("智能手机"), "site rules apply to every article");
        assertTrue(hans.contains("<code>不要轉換這裡的漢字</code>"), "code is never converted");
        assertTrue(hans.contains("<a href=\"https://example.org/繁體路徑\">连结文字</a>"), "addresses are never converted");
        assertTrue(hans.contains("“晶片”") || hans.contains("“芯片”"), "mainland quotation marks");
        assertEquals(2, count(home, "class=\"article-card\""));
    }

    /**
     * An article's images (a photo in a figure, an icon in the text) are copied to site/media/,
     * shown at the address the editor wrote, described in the edition's script, kept for offline
     * reading by the service worker, and carried by the e-book.
     */
    @Test
    void imagesAreCopiedDescribedInEachScriptAndKeptOffline(@TempDir Path dir) throws IOException {
        TestProjects.withSecondArticle(TestProjects.copyOfFixture(dir));
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        for (String image : new String[] {"media/chip.png", "media/phone.svg"}) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("content/" + image)), r.files().get(image)), image);
            assertTrue(page(r, "sw.js").contains("\"" + image + "\""), "the service worker keeps " + image);
        }
        assertEquals(2, r.files().keySet().stream().filter(f -> f.startsWith("media/")).count(), "only the images articles show");
        String hant = page(r, "zh-Hant/hello-world.html");
        String hans = page(r, "zh-Hans/hello-world.html");
        assertTrue(hant.contains("<figure id=\"f1\" class=\"photo\"><img src=\"../media/chip.png\" alt=\"晶片示意圖，方格上有金色觸點\">"
                + "<figcaption>一塊晶片的示意圖。"), hant);
        assertTrue(hans.contains("<img src=\"../media/chip.png\" alt=\"芯片示意图，方格上有金色触点\">"), hans);
        assertTrue(hant.contains("<img src=\"../media/phone.svg\" alt=\"智慧型手機圖示\""), hant);
        assertTrue(hans.contains("<img src=\"../media/phone.svg\" alt=\"智能手机图示\""), hans);
        assertTrue(page(r, "parallel/hello-world.html").contains("src=\"../media/chip.png\""));
        assertFalse(page(r, "zh-Hant/deepseek-shock.html").contains("<img"), "an article without images shows none");
    }

    @Test
    void outputIsIdenticalAcrossBuilds(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Map<String, byte[]> a = Build.run(dir.resolve("content"), dir.resolve("templates")).files();
        Map<String, byte[]> b = Build.run(dir.resolve("content"), dir.resolve("templates")).files();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, b.get(k)), k));
    }

    /** The page with glossary notes and term buttons taken out, so running text reads whole. */
    private static String readable(String html) {
        return html.replaceAll("(?s)<span class=\"note\".*?</a></span>", "")
                .replaceAll("<label class=\"term-word\"><button[^>]*></button><span class=\"term-text\"[^>]*>([^<]*)</span></label>", "$1");
    }

    private static String body(String html) {
        int a = html.indexOf("<div class=\"body\"");
        int b = html.indexOf("</div>", a);
        return html.substring(a, b).replaceAll("<[^>]+>", "");
    }

    private static int count(String s, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
    }
}
