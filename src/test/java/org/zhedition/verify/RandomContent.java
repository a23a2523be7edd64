package org.zhedition.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random but reproducible editor input for the property tests: Markdown bodies that mix Han and
 * Latin text, punctuation, emphasis, code, links, raw tags, entities, headings, lists and
 * conversion markup; and glossaries whose headwords are drawn from the same characters, so that
 * they really occur in the text. Everything comes from a seeded {@link Random}.
 */
final class RandomContent {
    /** A small alphabet, so that random glossary terms occur in random text often. */
    private static final String HAN = "人工智能開源模型市值知識蒸餾技術北大概中國美國晶片算力";
    private static final List<String> PIECES = List.of(
            "AI", "DeepSeek", "GPT-4o", " ", " ", "，", "。", "「", "」", "、", "：", "！", "（", "）", ".", ",", "!", "?",
            "*", "**", "_", "__", "`", "``", "~", "[", "]", "](", ")", "[連結](https://example.org/a?b=1&c=2)",
            "[壞](javascript:alert(1))", "![圖](../media/x.png \"t\")", "<b>", "</b>", "<i>", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "<iframe src=//x>", "<!-- c -->", "&amp;", "&lt;", "&#x3C;", "&#0;", "&bogus;",
            "\"", "'", " onerror=\"alert(1)\"", "\\", "\n", "\n\n", "\n\n# ", "\n\n## ", "\n\n- ", "\n\n1. ", "\n\n> ",
            "\n\n    ", "\n\n```\n", "\n```\n", "}-", "-{}-", "-{中國}-", "-{zh-hans:甲;zh-hant:乙}-",
            "-{H|zh-hant:晶片;zh-hans:芯片;}-", "-{A|zh-hant:算力;zh-hans:计算力;}-", "-{*強調*}-", "-{`碼`}-", "-{<b>}-",
            "-{[連結](https://example.org/)}-", "|", "---", "***",
            "\t", "\u00a0", "\u3000", "😀", "\u200b");

    private final Random random;

    RandomContent(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A Markdown body of up to {@code max} pieces. Markup is balanced piece by piece (a lone
     * {@code -{} would make most bodies a refused input; {@link BadInputTest} covers that), but
     * pieces can still split it across code spans, fences and raw HTML.
     */
    String markdown(int max) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                out.append(han(1 + random.nextInt(6)));
            } else {
                out.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return out.toString();
    }

    /** {@code n} characters of the Han alphabet. */
    String han(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return out.toString();
    }

    /** A glossary entry: a headword, maybe aliases, an English name and a note, all distinct forms. */
    record Entry(String term, List<String> aliases, String en, String note) {
    }

    /** Up to {@code max} entries whose forms are all different, in Han characters. */
    List<Entry> glossary(int max) {
        List<Entry> out = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            String term = han(1 + random.nextInt(3));
            if (!forms.add(term)) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            if (random.nextBoolean()) {
                String alias = han(1 + random.nextInt(2));
                if (forms.add(alias)) {
                    aliases.add(alias);
                }
            }
            out.add(new Entry(term, aliases, "term " + i + " <b>\"'&", markdown(6).replace('\n', ' ').strip() + "註" + i));
        }
        return out;
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
