package org.zhedition.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.TestProjects;
import org.zhedition.render.AtomFeedTest;

/**
 * Adding an edition needs no change to the program: the Taiwan fixture (a copy of content/, three
 * editions) with a fourth, Singapore Simplified edition added to its site.yaml only, and a base URL
 * (feeds, sitemap), builds every page, e-book, feed, search index and parallel view for all four,
 * with the switch, hreflang and the service worker's list following the editions list.
 */
class ExtraEditionTest {
    @TempDir
    static Path dir;
    static SortedMap<String, byte[]> site;
    static Report report;
    static final List<String> IDS = List.of("zh-Hant", "zh-Hans", "zh-TW", "zh-Hans-SG");
    static final String SLUG = TestProjects.SLUG;

    @BeforeAll
    static void build() throws IOException {
        TestProjects.copyTree(TestProjects.repository().resolve("src/test/resources/projects/taiwan"), dir);
        TestProjects.copyTree(TestProjects.templates(), dir.resolve("templates"));
        Path yaml = dir.resolve("content/site.yaml");
        String s = Files.readString(yaml).replace("base_url: \"\"", "base_url: https://example.org/repo/");
        s = s.replaceFirst("(?m)^(labels:)", """
                  - id: zh-Hans-SG
                    lang: zh-Hans-SG
                    script: Simplified
                    region: SG
                    name: 简体（新加坡）
                    label: 新加坡简体版

                $1""");
        Files.writeString(yaml, s);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        site = r.files();
        report = r.report();
    }

    private static String page(String path) {
        byte[] b = site.get(path);
        assertTrue(b != null, "no " + path + " in " + site.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void everyEditionHasEveryPageBookFeedAndIndex() {
        for (String id : IDS) {
            for (String f : List.of(id + "/" + SLUG + ".html", id + "/" + SLUG + ".epub", id + "/glossary.html",
                    id + "/tags/index.html", id + "/feed.xml", "search/" + id + ".js")) {
                assertTrue(site.containsKey(f), f);
            }
        }
        // One parallel view per pair of editions: 4 × 3 / 2.
        assertEquals(6, site.keySet().stream().filter(p -> p.startsWith("parallel/")).count(), site.keySet().toString());
        assertTrue(site.containsKey("parallel/" + SLUG + ".html"));
        assertTrue(site.containsKey("parallel/" + SLUG + ".zh-TW.zh-Hans-SG.html"));
        assertEquals(4, report.count("feeds"));
    }

    @Test
    void theSwitchHreflangAndHomeFollowTheList() {
        String sg = page("zh-Hans-SG/" + SLUG + ".html");
        assertTrue(sg.contains("<html lang=\"zh-Hans-SG\""), "lang");
        for (String id : List.of("zh-Hant", "zh-Hans", "zh-TW")) {
            assertTrue(sg.contains("class=\"switch\" href=\"../" + id + "/" + SLUG + ".html\""), "switch to " + id);
        }
        assertFalse(sg.contains("class=\"switch\" href=\"../zh-Hans-SG/"), "no switch to itself");
        assertTrue(sg.contains("<link rel=\"alternate\" hreflang=\"zh-Hant-TW\" href=\"../zh-TW/" + SLUG + ".html\">"));
        assertTrue(sg.contains("<meta property=\"og:locale\" content=\"zh_SG\">"));
        assertTrue(sg.contains("href=\"../parallel/" + SLUG + ".zh-Hant.zh-Hans-SG.html\""), "parallel view beside the source");
        String home = page("index.html");
        for (String id : IDS) {
            assertTrue(home.contains("data-edition=\"" + id + "\""), id + " on the home page");
            assertTrue(home.contains("href=\"" + id + "/glossary.html\""), id + "'s glossary on the home page");
        }
        String sitemap = page("sitemap.xml");
        assertTrue(sitemap.contains("https://example.org/repo/zh-Hans-SG/" + SLUG + ".html"), sitemap);
        assertTrue(sitemap.contains("https://example.org/repo/parallel/" + SLUG + ".zh-Hans.zh-Hans-SG.html"), sitemap);
        String sw = page("sw.js");
        assertTrue(sw.contains("zh-Hans-SG/" + SLUG + ".html") && sw.contains("search/zh-Hans-SG.js"), "the service worker lists it");
        assertTrue(page("zh-Hans-SG/feed.xml").contains("xml:lang=\"zh-Hans-SG\""));
    }

    @Test
    void theSingaporeEditionTakesTheScriptsWordsNotTaiwans() {
        String sg = page("zh-Hans-SG/" + SLUG + ".html");
        String cn = page("zh-Hans/" + SLUG + ".html");
        // zh-hans rules serve every Simplified region; zh-tw rules none of them.
        assertTrue(sg.contains("智能手机") && sg.contains("英伟达") && sg.contains("人工智能"), "Simplified words");
        assertTrue(sg.contains("1万亿美元") && !sg.contains("1兆") && !sg.contains("川普敲"), "no Taiwan words (the footer names the zh-TW title: only its text is checked)");
        assertTrue(cn.contains("智能手机"));
        assertTrue(report.count("vocabulary uses zh-Hans-SG") == report.count("vocabulary uses zh-Hans"),
                "the same entries apply as in the mainland edition: " + report.details());
    }

    @Test
    void theParallelViewOfAnyPairNeedsNoScript() {
        String p = page("parallel/" + SLUG + ".zh-Hant.zh-TW.html");
        assertTrue(p.contains("<nav class=\"parallel-pairs\""), "the pairs are links");
        assertTrue(p.contains("href=\"" + SLUG + ".zh-Hans.zh-Hans-SG.html\""), "every pair offered");
        assertTrue(p.contains("aria-current=\"page\""));
        assertTrue(p.contains("lang=\"zh-Hant-TW\""));
    }

    @Test
    void everyEditionsFeedIsAtomInItsLanguageListingItsOwnPages() throws Exception {
        for (String id : IDS) {
            AtomFeedTest.Parsed parsed = AtomFeedTest.parse(site.get(id + "/feed.xml"));
            String lang = page(id + "/" + SLUG + ".html").replaceFirst("(?s).*?<html lang=\"([^\"]+)\".*", "$1");
            assertEquals(lang, parsed.language(), id);
            assertEquals("https://example.org/repo/" + id + "/feed.xml", parsed.feed().getId());
            assertEquals(1, parsed.feed().getEntries().size(), id);
            var entry = parsed.feed().getEntries().get(0);
            assertEquals(List.of("https://example.org/repo/" + id + "/" + SLUG + ".html"),
                    entry.getAlternateLinks().stream().map(l -> l.getHref()).toList(), id);
        }
        String tw = AtomFeedTest.parse(site.get("zh-TW/feed.xml")).feed().getEntries().get(0).getTitle();
        String hk = AtomFeedTest.parse(site.get("zh-Hant/feed.xml")).feed().getEntries().get(0).getTitle();
        assertTrue(tw.contains("人工智慧") && hk.contains("人工智能"), "each feed in its edition's words: " + tw + " / " + hk);
    }

    @Test
    void theParallelViewIsNamedForAnyPairNotForTwoScripts() {
        for (String pair : List.of(SLUG + ".html", SLUG + ".zh-Hant.zh-TW.html", SLUG + ".zh-Hans.zh-Hans-SG.html")) {
            String p = page("parallel/" + pair);
            assertTrue(p.contains("對照閱讀") || p.contains("对照阅读"), pair);
            assertFalse(p.contains("繁簡對照") || p.contains("繁简对照"), "a Hong Kong/Taiwan pair is not Traditional/Simplified: " + pair);
        }
    }
}
