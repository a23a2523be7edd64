package org.zhedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;

/**
 * The editor's apparatus on the built fixture pages (docs/style.md): quotations of the source
 * stay as the source wrote them and are marked with its lang; a lone punctuation mark is named;
 * notes and credits say what is true of their own edition; the glossary page's forms.
 */
class ApparatusTest {
    private static Document page(String path) throws IOException {
        Path site = TestProjects.fixtureSite();
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    private static List<Element> rows(Document d) {
        return d.select("section.emendations tbody tr");
    }

    @Test
    void theSourceIsQuotedAsWrittenInBothEditions() throws IOException {
        for (String edition : List.of("zh-Hant", "zh-Hans")) {
            Document d = page(edition + "/deepseek-shock.html");
            Element headline = d.selectFirst("section.credits dd[lang=zh-Hant]");
            assertEquals("DeepSeek衝擊美股和人工智能商業模式,或反映中美AI差距縮小|Whatsnew", headline.text(), edition);
            for (Element row : rows(d)) {
                Element was = row.child(1).selectFirst("q");
                assertEquals("zh-Hant", was.attr("lang"), row.text());
                assertFalse(row.child(2).selectFirst("q").hasAttr("lang"), row.text());
            }
            Element closedLoop = rows(d).stream().filter(r -> r.child(0).text().equals("第7段")).findFirst().orElseThrow();
            assertEquals("開源是否比閉環更鼓勵創新", closedLoop.child(1).selectFirst("q").text(), edition);
        }
        Element hans = rows(page("zh-Hans/deepseek-shock.html")).stream()
                .filter(r -> r.child(0).text().equals("第7段")).findFirst().orElseThrow();
        assertEquals("开源是否比闭环更鼓励创新", hans.child(2).selectFirst("q").text());
    }

    @Test
    void aLonePunctuationMarkIsNamedInItsEditionsWords() throws IOException {
        Element hant = rows(page("zh-Hant/deepseek-shock.html")).get(1);
        assertEquals(",", hant.child(1).selectFirst("q").text());
        assertEquals("半形逗號", hant.child(1).selectFirst(".mark-name").text());
        assertEquals("全形逗號", hant.child(2).selectFirst(".mark-name").text());
        Element hans = rows(page("zh-Hans/deepseek-shock.html")).get(1);
        assertEquals("半角逗号", hans.child(1).selectFirst(".mark-name").text());
        assertEquals("全角逗号", hans.child(2).selectFirst(".mark-name").text());
        assertTrue(hans.child(3).text().startsWith("半角逗号改为全角逗号，共148处"), hans.text());
        assertEquals(null, rows(page("zh-Hans/deepseek-shock.html")).get(0).child(1).selectFirst(".mark-name"),
                "text with letters gets no name");
    }

    @Test
    void captionEntriesRecordOnlyWhatWasRemoved() throws IOException {
        Document d = page("zh-Hant/deepseek-shock.html");
        for (Element row : rows(d)) {
            if (row.child(0).text().startsWith("圖片說明") && !row.child(0).text().endsWith("之後")) {
                assertTrue(row.child(1).text().startsWith("攝:"), row.text());
            }
        }
        assertTrue(d.select("figure figcaption").stream().allMatch(f -> f.text().contains("。")));
        assertTrue(rows(d).stream().anyMatch(r -> r.child(1).text().equals("來創建新型號")), "the 新型號 slip is noted");
        assertTrue(rows(d).stream().anyMatch(r -> r.child(3).text().contains("本版一律照錄，不作統一")), "name policy");
    }

    @Test
    void notesAndCreditsSayWhatIsTrueOfTheirEdition() throws IOException {
        Document hant = page("zh-Hant/glossary.html");
        Document hans = page("zh-Hans/glossary.html");
        assertTrue(hant.getElementById("chip").text().contains("香港兩者並用，本文亦兩者皆見"));
        assertTrue(hans.getElementById("chip").text().contains("原文两者皆见，本版统一作“芯片”"));
        assertFalse(hans.text().contains("本文亦两者皆见"));
        assertTrue(hant.text().contains("應用程式介面") && !hant.text().contains("應用程序接口"));
        assertTrue(hans.text().contains("应用程序接口"));
        assertFalse(hant.text().contains("計算機科學家") || hant.text().contains("電腦程序"));
        assertTrue(hans.text().contains("中国大陆通常译作“测试时扩展”"));
        assertTrue(page("zh-Hant/deepseek-shock.html").selectFirst("section.credits p").text().contains("圖片說明及攝影署名照錄原文"));
        String credits = page("zh-Hans/deepseek-shock.html").selectFirst("section.credits p").text();
        assertTrue(credits.contains("图片说明及摄影署名据原文转为简体字") && !credits.contains("照录"), credits);
    }

    /** The e-book's apparatus quotes the source as the page does: in its script, lang-marked, between delimiters. */
    @Test
    void theEbookQuotesTheSourceToo() throws IOException {
        Document d;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(TestProjects.fixtureSite().resolve("zh-Hans/deepseek-shock.epub").toFile())) {
            d = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("EPUB/article.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
        }
        Element headline = d.selectFirst("section.credits span[lang=zh-Hant]");
        assertEquals("DeepSeek衝擊美股和人工智能商業模式,或反映中美AI差距縮小|Whatsnew", headline.text());
        Element comma = d.select("section.emendations tbody tr").get(1);
        assertEquals("「,」", comma.child(1).text());
        assertEquals("zh-Hant", comma.child(1).attr("lang"));
        assertEquals("“，”", comma.child(2).text());
    }

    @Test
    void glossaryPageForms() throws IOException {
        String html = Files.readString(TestProjects.fixtureSite().resolve("zh-Hant/glossary.html"));
        assertFalse(html.contains(" <span class=\"aliases\">"), "no ASCII space before the alias bracket");
        Element uses = page("zh-Hant/glossary.html").selectFirst("p.uses");
        assertTrue(uses.text().matches("加註處：《DeepSeek衝擊美股和人工智能商業模式，或反映中美AI差距縮小》第\\d+段"), uses.text());
    }
}
