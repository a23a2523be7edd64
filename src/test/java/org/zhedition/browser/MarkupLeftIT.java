package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.build.Build;
import org.zhedition.TestProjects;

/**
 * Conversion markup ({@code -{…}-}) never reaches a page: not in the site that was built, and not
 * when an article uses every kind of markup in every field (fixtures/markup-article). Inside
 * code it stays as written, as all code does.
 */
class MarkupLeftIT {
    private static List<String> markupIn(String name, String html) {
        String outsideCode = html.replaceAll("(?s)<code>.*?</code>", "");
        List<String> found = new ArrayList<>();
        for (String mark : List.of("-{", "}-")) {
            int at = outsideCode.indexOf(mark);
            if (at >= 0) {
                found.add(name + ": …" + outsideCode.substring(Math.max(0, at - 40), Math.min(outsideCode.length(), at + 40)) + "…");
            }
        }
        return found;
    }

    @Test
    void theBuiltSiteHasNoMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : BuiltSite.pages()) {
            found.addAll(markupIn(BuiltSite.name(page), Files.readString(page)));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void anArticleFullOfMarkupPrintsNone(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Files.copy(TestProjects.repository().resolve("src/test/resources/fixtures/markup-article/markup.md"),
                dir.resolve("content/articles/markup.md"));
        Map<String, byte[]> files = Build.run(dir.resolve("content"), dir.resolve("templates")).files();
        List<String> found = new ArrayList<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".html")) {
                found.addAll(markupIn(name, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        assertEquals(List.of(), found);
        String hans = new String(files.get("zh-Hans/markup.html"), StandardCharsets.UTF_8);
        String hant = new String(files.get("zh-Hant/markup.html"), StandardCharsets.UTF_8);
        for (String s : List.of("<title>内存与网络", "软件与软件", "“計畫”不转换，智慧型手机不套用规则", "屏幕上的内存",
                "网络与软件，計畫与计划，智慧型手机与智能手机", "小标题的内存", "测试用注释", "<code>-{晶片}-</code>")) {
            assertTrue(hans.contains(s), "zh-Hans page lacks " + s);
        }
        for (String s : List.of("<title>記憶體與網路", "軟體與軟體", "「計畫」不轉換，智慧型手機不套用規則", "螢幕上的記憶體",
                "網路與軟體，計畫與計畫，智慧型手機與智慧型手機", "小標題的記憶體", "測試用註釋", "<code>-{晶片}-</code>")) {
            assertTrue(hant.contains(s), "zh-Hant page lacks " + s);
        }
    }
}
