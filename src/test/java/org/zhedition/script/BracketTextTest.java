package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.markdown.Markdown;
import org.zhedition.body.BodyRenderer;

/**
 * Text in square brackets is text: an editor's insertion, an unresolved reference, {@code [[…]]},
 * a footnote-like {@code [^…]}, emphasis around brackets. Only addresses stay as written, and a
 * reference label is converted alike in the reference and its definition, so it still resolves.
 */
class BracketTextTest {
    @TempDir
    Path dir;

    private String hans(String rules, String body) {
        return new TinySite(dir).write("punctuation:\n  zh-Hans: mainland\n", rules, "", body).body(Script.HANS);
    }

    private static String html(String markdown) {
        BodyRenderer renderer = new BodyRenderer(new BodyRenderer.Words("攝：", "條目", "glossary.html"), "");
        return String.join("\n", renderer.render(Markdown.parse(markdown)).stream().map(BodyRenderer.Block::html).toList());
    }

    @Test
    void anEditorsInsertionInBracketsIsConverted() {
        assertEquals("他说：“[编按：这个软体很好。]我们会继续观察。”\n",
                hans("", "他說：「[編按：這個軟體很好。]我們會繼續觀察。」\n"));
    }

    @Test
    void everyKindOfBracketedTextIsConverted() {
        String body = """
                ## [說明]與[[維基條目]]

                註腳[^說明]、*[強調的說明]*、**[粗體]說明**、[未定義的參考][無此標籤]。

                | 欄位 | 數據 |
                |---|---|
                | [說明] | 國際 |
                """;
        assertEquals("""
                ## [说明]与[[维基条目]]

                注脚[^说明]、*[强调的说明]*、**[粗体]说明**、[未定义的参考][无此标签]。

                | 栏位 | 数据 |
                |---|---|
                | [说明] | 国际 |
                """, hans("", body));
    }

    @Test
    void aReferenceLabelStillResolvesAndItsAddressIsKept() {
        String hans = hans("zh-hant:晶片; zh-hans:芯片;\n", """
                見[晶片]與[這份報告][參考資料]，以及[晶片][]。

                [晶片]: https://example.org/晶片
                [參考資料]: https://example.org/報告 "報告說明"
                """);
        assertEquals("""
                见[芯片]与[这份报告][参考资料]，以及[芯片][]。

                [芯片]: https://example.org/晶片
                [参考资料]: https://example.org/報告 "报告说明"
                """, hans);
        String html = html(hans);
        assertTrue(html.contains("<a href=\"https://example.org/晶片\">芯片</a>与"), html);
        assertTrue(html.contains("<a href=\"https://example.org/報告\" title=\"报告说明\">这份报告</a>"), html);
        assertTrue(html.contains("以及<a href=\"https://example.org/晶片\">芯片</a>。"), html);
    }

    @Test
    void codeAddressesAndProtectedMarkupInsideBracketsStayAsWritten() {
        assertEquals("[`說明`]与[链接](https://example.org/說)、<https://example.org/說>、[說明]。\n",
                hans("", "[`說明`]與[鏈接](https://example.org/說)、<https://example.org/說>、[-{說明}-]。\n"));
    }
}
