package org.zhedition.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhedition.markdown.Markdown;

class BodyRendererTest {
    private final BodyRenderer renderer = new BodyRenderer(new BodyRenderer.Words("攝：", "條目", "glossary.html"), "");

    @Test
    void blocksGetPositionalIdsSharedByBothEditions() {
        List<BodyRenderer.Block> blocks = renderer.render(Markdown.article(
                "```figure\ncaption: 說明\ncredit: 某\n```\n\n段一\n\n## 小標\n\n段二\n\n- 列表\n"));
        assertEquals(List.of("f1", "p1", "h1", "p2", "b1"), blocks.stream().map(BodyRenderer.Block::id).toList());
        assertEquals("<figure id=\"f1\" class=\"photo\"><figcaption>說明 <span class=\"credit\">攝：某</span></figcaption></figure>",
                blocks.get(0).html());
        assertEquals("<p id=\"p1\">段一</p>", blocks.get(1).html());
    }

    @Test
    void aFigureShowsItsImageBeforeTheCaptionWithItsDescriptionEscaped() {
        String html = renderer.render(Markdown.article(
                "```figure\ncaption: 說明\nimage: ../media/a.png\nalt: 一張\"圖\" <b>&\n```\n")).get(0).html();
        assertEquals("<figure id=\"f1\" class=\"photo\"><img src=\"../media/a.png\" alt=\"一張&quot;圖&quot; &lt;b&gt;&amp;\">"
                + "<figcaption>說明</figcaption></figure>", html);
    }

    @Test
    void rawHtmlAndScriptLinksComeOutInert() {
        String html = renderer.render(Markdown.parse("<script>alert(1)</script>\n\n段 <img src=x onerror=alert(1)> [點](javascript:alert(1))\n"))
                .stream().map(BodyRenderer.Block::html).reduce("", String::concat);
        assertTrue(!html.contains("<script") && !html.contains("<img") && !html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void prefixedIdsLetTwoEditionsShareAPage() {
        BodyRenderer prefixed = new BodyRenderer(new BodyRenderer.Words("", "", "g.html"), "zh-Hans-");
        assertEquals("<p id=\"zh-Hans-p1\">段</p>", prefixed.render(Markdown.parse("段\n")).get(0).html());
    }

    @Test
    void aTermIsInlineTextWithItsNoteAfterIt() {
        var document = annotated(Markdown.parse("大幅拋售，開盤。「拋售」\n\n再拋售了\n"));
        List<BodyRenderer.Block> blocks = renderer.render(document);
        String first = blocks.get(0).html();
        // The term's text is an inline label (it breaks like text); its button is empty, named by the text.
        assertTrue(first.matches("(?s).*大幅<label class=\"term-word\"><button type=\"button\" class=\"term\" id=\"t1\" popovertarget=\"n1\""
                + " data-term=\"[^\"]+\" aria-labelledby=\"w1\"></button><span class=\"term-text\" id=\"w1\" aria-hidden=\"true\">拋售</span>"
                + "</label><span class=\"note\" id=\"n1\" popover>.*?</a></span>，開盤。.*"), first);
        assertTrue(first.matches("(?s).*「<label class=\"term-word\">.*?>拋售</span></label><span class=\"note\" id=\"n2\" popover>.*?</a></span>」</p>"), first);
        assertTrue(!first.contains("nowrap") && !first.contains("term-group"), "no group that cannot break");
    }

    @Test
    void theSharedRenderGivesEachRendererWhatItsOwnRenderGives() {
        var document = annotated(Markdown.article("```figure\ncaption: 說明\ncredit: 某\n```\n\n大幅拋售，「拋售」\n\n## 再拋售\n\n- 拋售\n\n`拋售`\n"));
        BodyRenderer page = new BodyRenderer(new BodyRenderer.Words("攝：", "條目", "glossary.html"), "");
        BodyRenderer parallel = new BodyRenderer(new BodyRenderer.Words("攝：", "條目", "../zh-Hant/glossary.html"), "zh-Hant-");
        List<List<BodyRenderer.Block>> shared = page.render(document, parallel);
        assertEquals(renderer.render(document), shared.get(0));
        assertEquals(parallel.render(document), shared.get(1));
        assertTrue(shared.get(1).get(1).html().contains("id=\"zh-Hant-t1\"") && shared.get(1).get(1).html().contains("../zh-Hant/glossary.html"),
                shared.get(1).get(1).html());
        // Figures printed differently: each renders on its own, with the same result.
        BodyRenderer otherWords = new BodyRenderer(new BodyRenderer.Words("圖：", "條目", "g.html"), "x-");
        assertEquals(otherWords.render(document), page.render(document, otherWords).get(1));
    }

    /** {@code document} with every 拋售 marked as a term of a one-entry glossary. */
    private static com.vladsch.flexmark.util.ast.Document annotated(com.vladsch.flexmark.util.ast.Document document) {
        var glossary = org.zhedition.glossary.GlossaryParser.parse("""
                categories:
                  - name: 市場
                    terms:
                      - term: 拋售
                        en: sell-off
                        note: 大量賣出。
                """, java.nio.file.Path.of("glossary.yaml"));
        new org.zhedition.glossary.Annotator(glossary, org.zhedition.glossary.Annotate.EVERY).annotate(document);
        return document;
    }
}
