package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.script.Characters;
import org.zhedition.script.Script;

/**
 * Everything a reader sees is in the script its {@code lang} says: in every page of site/, each
 * text node and each reader-facing attribute ({@code title}, {@code alt}, {@code aria-label},
 * the description and Open Graph texts) is attributed to its nearest {@code lang}; zh-Hans text
 * must hold no Traditional-only character, zh-Hant text no Simplified-only one. Code is skipped:
 * it is never converted. The page is read from the DOM after its scripts ran, so hidden notes
 * (popovers) and anything the scripts write count too.
 */
class EditionScriptIT extends BrowserTest {
    /** [lang, where, text] for every text a reader can see or hear. */
    private static final String COLLECT = """
            () => {
              const out = [];
              const skip = el => el.closest('code, pre, script, style, template');
              const langOf = el => { const l = el.closest('[lang]'); return l ? l.getAttribute('lang') : ''; };
              const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const el = n.parentElement;
                const t = n.nodeValue.trim();
                if (el && t && !skip(el)) out.push([langOf(el), el.tagName.toLowerCase(), t]);
              }
              const attrs = ['title', 'alt', 'aria-label', 'placeholder'];
              for (const el of document.querySelectorAll('[title], [alt], [aria-label], [placeholder]')) {
                if (skip(el)) continue;
                for (const a of attrs) if (el.hasAttribute(a)) out.push([langOf(el), '@' + a, el.getAttribute(a)]);
              }
              for (const m of document.querySelectorAll('meta[name=description], meta[property^="og:"]')) {
                const p = m.getAttribute('property') || m.getAttribute('name');
                if (!['og:url', 'og:type', 'og:locale'].includes(p)) out.push([langOf(m), 'meta ' + p, m.getAttribute('content')]);
              }
              return out;
            }""";

    @SuppressWarnings("unchecked")
    private List<List<String>> texts(Path page) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page p = context.newPage();
            p.navigate(page.toUri().toString());
            p.waitForLoadState();
            return (List<List<String>>) p.evaluate(COLLECT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyTextIsInTheScriptOfItsLang(Path page) {
        List<String> wrong = new ArrayList<>();
        int hans = 0;
        for (List<String> t : texts(page)) {
            Script script = t.get(0).startsWith("zh-Hans") ? Script.HANS : t.get(0).startsWith("zh-Hant") ? Script.HANT : null;
            if (script == null) {
                continue;
            }
            hans += script == Script.HANS ? 1 : 0;
            for (char c : t.get(2).toCharArray()) {
                if (Characters.foreignTo(script, c)) {
                    wrong.add(t.get(0) + " " + t.get(1) + ": '" + c + "' in " + t.get(2));
                }
            }
        }
        assertEquals(List.of(), wrong, BuiltSite.name(page));
        if (BuiltSite.name(page).startsWith("zh-Hans/")) {
            assertTrue(hans > 0, "no zh-Hans text found: the collector is broken");
        }
    }

    /** Spot checks that each kind of text on the fixture's Simplified article page went through conversion. */
    @Test
    void theSimplifiedArticlePageIsConvertedThroughout() {
        Path page = BuiltSite.fixture().resolve("zh-Hans/" + org.zhedition.TestProjects.SLUG + ".html");
        List<List<String>> all = texts(page);
        StringBuilder hans = new StringBuilder();
        StringBuilder hant = new StringBuilder();
        for (List<String> t : all) {
            (t.get(0).equals("zh-Hant") ? hant : hans).append(t.get(1)).append('\t').append(t.get(2)).append('\n');
        }
        String s = hans.toString();
        String title = "DeepSeek冲击美股和人工智能商业模式，或反映中美AI差距缩小";
        for (String expected : List.of(
                "title\t" + title,
                "meta description\t中国AI模型DeepSeek被普遍认为性能达到世界先进水平而开发成本远低于美国AI巨头",
                "meta og:title\t" + title,
                "h1\t" + title,
                "Deep Seek崛起，科技界称赞，AI股一时大跌，特朗普敲警钟，创办人成中国总理咨询对象。",
                "特朗普称赞，梁对总理称芯片是限制",
                "北京的一部智能手机的屏幕上显示 DeepSeek 的页面",
                "编者注记",
                "半角逗号改为全角逗号",
                "词汇表",
                "首页",
                "斯普特尼克时刻",
                "“非常常见”")) {
            assertTrue(s.contains(expected), "missing in zh-Hans text: " + expected + "\n" + s);
        }
        assertFalse(s.contains("「"), "corner quotes in zh-Hans text");
        assertTrue(hant.toString().contains("繁體"), "the link to the other edition keeps its own script: " + hant);
    }
}
