package org.zhedition.markdown;

import org.zhedition.script.EditionSpec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.content.Content;
import org.zhedition.input.ContentError;
import org.zhedition.content.ContentLoader;
import org.zhedition.edition.Edition;
import org.zhedition.script.ConversionLog;
import org.zhedition.script.InlineMarkup;
import org.zhedition.script.Script;

/**
 * {@link VerbatimScan}, the shortcut that spares {@code convert} flexmark's parse of a long text:
 * whenever it accepts a text, it finds exactly the ranges the parse finds, so converting through
 * it prints exactly what converting through the parse prints (and fails with the same message).
 * Checked over seeded random Markdown that mixes what the scan accepts (prose, brackets, emphasis,
 * lists, quotes, headings, figures with an {@code image:} line, conversion markup) with what must
 * send a text to the parser (code, fences, indented code, links, references, HTML, entities,
 * deep nesting), so that both paths run many times.
 */
class VerbatimScanTest {
    private static final Path FILE = Path.of("<stdin>");
    private static UnaryOperator<String> toSimplified;

    /** Pieces the scan reads: the text can stay on the fast path with any of them. */
    private static final List<String> PROSE = List.of(
            "說這個軟體們會繼續觀察", "網絡數據", "我很好", "「", "」", "『", "』", "，", "。", " ", "  ", "   ", "\n", "\n\n",
            "\n\n# ", "\n\n## ", "\n\n- ", "\n- ", "\n\n1. ", "\n2) ", "\n\n> ", "> ", "- ", "+ ", "* ", "\n---\n", "\n===\n",
            "*", "**", "_", "__", "[", "]", "[[", "]]", "[^1]", "[參考]", "[說明][參考]", "![圖][參考]", "[參考][]",
            "\\[", "\\]", "\\", "] [", "!", "(", ")", ":", "|", "【", "】", "（說明）", "image:", "https://example.org/說明",
            "-{中文}-", "-{zh-hans:甲;zh-hant:乙}-", "-{}-", "-{H|zh-hant:網絡;zh-hans:网络;}-", "-{A|zh-hant:電腦;zh-hans:计算机;}-",
            "\n\n```figure\ncaption: 說明「網絡」\nimage: ../media/說明.png  \nalt: 圖片說明\n```\n\n",
            "\n```figure\ncredit: 攝影\n   image:  x 說明.png\ncaption: image: 不是地址\n```\n",
            "\n```figure\nimage:\n```\n", "\n```figure\n```\n", "**說明**".repeat(10));

    /** Pieces that may start something kept as written: the scan must give up on them (or prove otherwise). */
    private static final List<String> CODE_AND_ADDRESSES = List.of(
            "`說明`", "``這個`軟體``", "\n\n```\n網絡\n```\n\n", "\n```js\n網絡\n```\n", "\n~~~\n網絡\n~~~\n", "\n\n    縮排的程式碼\n\n",
            "\t", "-    縮排", ">     縮排", "[連結](https://example.org/說明)", "[連結] (https://x/說明)", "[連結]\n(x)",
            "![圖](../media/說明.png \"標題\")", "<https://例子.中國/說明>", "<mail@example.org>", "<b title=\"說明\">說明</b>",
            "\n\n<div>\n說明\n</div>\n\n", "&amp;", "&#35722;", "&copy", "\n\n[參考]: https://example.org/參考/資料\n\n",
            "\n[參考]:\n  /x\n", "\r\n", "\r", "\n```figure\ncaption: 未閉合\n", "\n- ```figure\n", "\n   ```figure\n",
            "\n```figure\n`碼`\n```\n", "\n```figure\n````\n", "\n```figure \n```\n",
            "\n" + ">".repeat(70) + " 深", "\n" + "- ".repeat(70) + "深", "*".repeat(150), "[".repeat(150),
            "*深 ".repeat(70) + "深" + " 深*".repeat(70), "[".repeat(140) + "深" + "]".repeat(140));

    @BeforeAll
    static void converter() {
        Content content = ContentLoader.loadForConversion(TestProjects.fixtureContent(), null);
        toSimplified = Edition.converter(content, EditionSpec.of(Script.HANS), null, new ConversionLog())::convert;
    }

    @Test
    void anAcceptedTextHasExactlyTheRangesOfTheParseAndConvertsAlike() {
        int accepted = 0;
        int rejected = 0;
        int withRanges = 0;
        for (long seed = 0; seed < 1200; seed++) {
            Random random = new Random(seed);
            String md = randomMarkdown(random, seed % 2 == 0 ? 0 : random.nextInt(4) > 0 ? 1 : 2 + random.nextInt(3));
            Optional<List<int[]>> scanned = VerbatimScan.ranges(md);
            String parsed = outcome(() -> pairs(Verbatim.ranges(Markdown.parse(md, FILE, 1))));
            if (scanned.isPresent()) {
                accepted++;
                withRanges += scanned.get().isEmpty() ? 0 : 1;
                if (!parsed.startsWith("error: ")) {  // else the same error on both paths, below
                    assertEquals(parsed, pairs(scanned.get()), "ranges, seed " + seed + ":\n" + md);
                }
            } else {
                rejected++;
            }
            assertEquals(outcome(() -> slowPath(md)), outcome(() -> fastPath(md)), "output, seed " + seed + ":\n" + md);
        }
        assertTrue(accepted >= 400 && rejected >= 400 && withRanges >= 50,
                "both paths must run: " + accepted + " accepted (" + withRanges + " with an image address), " + rejected + " parsed");
    }

    @Test
    void theArticleTakesTheShortcut() {
        String body = ContentLoader.load(TestProjects.fixtureContent()).articles().get(0).body();
        assertEquals("[]", pairs(VerbatimScan.ranges(body).orElseThrow()));
        assertEquals("[]", pairs(Verbatim.ranges(Markdown.parse(body))));
        assertTrue(VerbatimScan.ranges(body.repeat(50)).isPresent());
    }

    @Test
    void aFigureImageAddressIsKeptAsTheParseKeepsIt() {
        String md = "前文\n```figure\ncaption: 說明\n  image: ../media/說明.png   \n```\n後文\n";
        assertEquals(pairs(Verbatim.ranges(Markdown.parse(md))), pairs(VerbatimScan.ranges(md).orElseThrow()));
        assertEquals("前文\n```figure\ncaption: 说明\n  image: ../media/說明.png   \n```\n后文\n", fastPath(md));
    }

    @Test
    void everythingThatMayHoldCodeOrAnAddressGoesToTheParser() {
        for (String piece : CODE_AND_ADDRESSES) {
            assertTrue(VerbatimScan.ranges("說明" + piece + "說明\n").isEmpty(), piece);
        }
    }

    @Test
    void nestingErrorsAreTheParsersOnBothPaths() {
        String deep = "> ".repeat(Markdown.MAX_DEPTH + 1) + "深\n";
        assertEquals(outcome(() -> slowPath(deep)), outcome(() -> fastPath(deep)));
        assertTrue(outcome(() -> fastPath(deep)).startsWith("error: <stdin>:1: block quotes or lists nest"), outcome(() -> fastPath(deep)));
    }

    /** As {@code convert} runs: the scan when it can, else the parse. */
    private static String fastPath(String md) {
        List<Verbatim.Stretch> prose = Verbatim.prose(md, FILE, 1);
        InlineMarkup.rulesInProse(md, prose, FILE, 1);
        return Verbatim.convertText(md, prose, toSimplified);
    }

    /** As {@code convert} ran before the scan: always the parse. */
    private static String slowPath(String md) {
        List<Verbatim.Stretch> prose = Verbatim.prose(md, Markdown.parse(md, FILE, 1));
        InlineMarkup.rulesInProse(md, prose, FILE, 1);
        return Verbatim.convertText(md, prose, toSimplified);
    }

    private static String outcome(java.util.function.Supplier<String> run) {
        try {
            return run.get();
        } catch (ContentError e) {
            return "error: " + e.getMessage();
        }
    }

    private static String pairs(List<int[]> ranges) {
        List<String> out = new ArrayList<>();
        ranges.forEach(r -> out.add(r[0] + "-" + r[1]));
        return out.toString();
    }

    /** Prose pieces, with {@code risky} of the pieces that send a text to the parser mixed in. */
    private static String randomMarkdown(Random random, int risky) {
        StringBuilder out = new StringBuilder();
        int n = 10 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            out.append(PROSE.get(random.nextInt(PROSE.size())));
        }
        for (int i = 0; i < risky; i++) {
            out.insert(random.nextInt(out.length() + 1), CODE_AND_ADDRESSES.get(random.nextInt(CODE_AND_ADDRESSES.size())));
        }
        return out.append('\n').toString();
    }
}
