package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.markdown.Markdown;
import org.zhedition.body.BodyRenderer;
import org.zhedition.script.opencc.OpenccConverter;
import org.zhedition.script.opencc.OpenccData;

/**
 * Property, over seeded random Markdown: the Simplified edition's visible text (the rendered
 * body's text, and its {@code title} and {@code alt} attributes) holds no character that the
 * Simplified tables would change, except inside code and in addresses shown as links
 * ({@code <https://…>}), which are never converted. The random bodies mix Traditional words with
 * every construct that carries text: brackets, {@code [[…]]}, {@code [^…]}, unresolved and resolved
 * references, emphasis across brackets, headings, table rows, lists, quotes, links, images,
 * conversion markup; and code and addresses full of Traditional characters.
 *
 * <p>Raw HTML is left out: the edition shows it as written, like code (its tags stay verbatim).
 */
class SimplifiedTextPropertyTest {
    /** Traditional characters that hk2s changes one for one, and shared ones that it keeps. */
    private static final String TRADITIONAL = "說這個軟體們會繼續觀編國際數據開發電腦網絡報導條參資與強調";
    private static final String SHARED = "我很好的是中文人工智能在";
    private static final OpenccConverter HK2S = OpenccData.shared().converter("hk2s");

    private static final List<String> PIECES = List.of(
            "[", "]", "[[", "]]", "[^", "*", "**", "_", "~~", "「", "」", "：", "，", "。", " ", "\n", "\n\n",
            "\n\n# ", "\n\n## ", "\n\n- ", "\n\n1. ", "\n\n> ", "\n\n| 欄位 | 說明 |\n|---|---|\n| ", " | ",
            "`說明 code`", "``這個`軟體``", "\n\n```\n網絡數據\n```\n\n", "\n\n    縮排的程式碼：說明\n\n",
            "[連結](https://example.org/說明)", "[連結](https://example.org/說明 \"說明標題\")", "<https://例子.中國/說明>",
            "![圖片說明](../media/x.png \"圖片標題\")", "[說明][參考]", "[參考]", "[參考][]", "[無此標籤]",
            "\n\n[參考]: https://example.org/參考/資料 \"參考標題\"\n\n", "-{中文}-", "-{zh-hans:甲;zh-hant:乙}-", "-{}-",
            "-{H|zh-hant:網絡;zh-hans:网络;}-", "-{A|zh-hant:電腦;zh-hans:计算机;}-", "\\[", "\\]");

    @TempDir
    static Path dir;

    @BeforeAll
    static void media() throws IOException {
        Files.createDirectories(dir.resolve("media"));
        // A real PNG: the loader checks that an image is what its name says.
        Files.copy(org.zhedition.TestProjects.repository().resolve("src/test/resources/fixtures/second-article/media/chip.png"),
                dir.resolve("media/x.png"));
    }

    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @Test
    void theAlphabetIsWhatTheTestAssumes() {
        for (char c : TRADITIONAL.toCharArray()) {
            assertTrue(changes(c), c + " is not changed by hk2s");
        }
        for (char c : SHARED.toCharArray()) {
            assertFalse(changes(c), c + " is changed by hk2s");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSimplifiedEditionShowsNoCharacterTheTablesWouldChange(long seed) {
        String body = randomMarkdown(new Random(seed));
        String hans = new TinySite(dir).write("", "", "", body).body(Script.HANS);
        BodyRenderer renderer = new BodyRenderer(new BodyRenderer.Words("攝：", "條目", "glossary.html"), "");
        String html = String.join("\n", renderer.render(Markdown.article(hans)).stream().map(BodyRenderer.Block::html).toList());
        Element page = Jsoup.parseBodyFragment(html).body();
        page.select("code, pre").remove();
        for (Element a : page.select("a[href]")) {
            if (a.text().equals(a.attr("href"))) {
                a.remove();
            }
        }
        StringBuilder visible = new StringBuilder(page.text());
        for (Element e : page.select("[title], [alt]")) {
            visible.append(' ').append(e.attr("title")).append(' ').append(e.attr("alt"));
        }
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            assertFalse(changes(c), "'" + c + "' left in the Simplified edition\n--- input:\n" + body
                    + "\n--- zh-Hans Markdown:\n" + hans + "\n--- visible text:\n" + visible);
        }
    }

    private static boolean changes(char c) {
        return Character.isLetter(c) && !HK2S.convert(String.valueOf(c)).equals(String.valueOf(c));
    }

    private static String randomMarkdown(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 10 + random.nextInt(50);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(10) < 4) {
                for (int k = 1 + random.nextInt(5); k > 0; k--) {
                    String alphabet = random.nextInt(3) == 0 ? SHARED : TRADITIONAL;
                    out.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                out.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return out.append('\n').toString();
    }
}
