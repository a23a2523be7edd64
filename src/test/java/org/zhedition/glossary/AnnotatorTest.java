package org.zhedition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.glossary.Annotate;
import org.zhedition.markdown.Markdown;
import org.zhedition.body.BodyRenderer;

class AnnotatorTest {
    private static Term term(String id, String term, String... aliases) {
        return new Term(id, term, List.of(aliases), id, "說明。", List.of(), "類", Path.of("glossary.yaml"), 1);
    }

    private static Term except(String id, String term, String... notIn) {
        return new Term(id, term, List.of(), id, "說明。", List.of(), List.of(notIn), "類", Path.of("glossary.yaml"), 1);
    }

    private static final Glossary AI = new Glossary(List.of(new Glossary.Category("人工智能", "AI", List.of(
            term("tts", "測試時間縮放", "Test Time Scaling"), term("time", "時間"), term("distill", "蒸餾"),
            term("llm", "大模型"), term("model", "模型"), term("compute", "算力")))));

    /** The document's text with each marked term in brackets and each soft break as ⏎. */
    private static String marked(Document d) {
        StringBuilder out = new StringBuilder();
        for (Node n : d.getDescendants()) {
            if (n instanceof TermNode t) {
                out.append('[').append(t.getChars()).append(']');
            } else if (n instanceof Text && !(n.getParent() instanceof TermNode)) {
                out.append(n.getChars());
            } else if (n instanceof SoftLineBreak) {
                out.append('⏎');
            }
        }
        return out.toString();
    }

    private static String annotate(Glossary g, Annotate policy, String markdown) {
        Document d = Markdown.parse(markdown);
        new Annotator(g, policy).annotate(d);
        return marked(d);
    }

    private static String every(String markdown) {
        return annotate(AI, Annotate.EVERY, markdown);
    }

    @Test
    void theLongestTermWinsAndNoShorterTermIsMarkedInsideIt() {
        assertEquals("用[測試時間縮放]節省[時間]", every("用測試時間縮放節省時間\n"));
        assertEquals("[大模型]與小[模型]", every("大模型與小模型\n"));
        assertEquals("[Test Time Scaling]", every("Test Time Scaling\n"));
    }

    @Test
    void aTermConsumesItsTextEvenWhenThePolicyDoesNotMarkItAgain() {
        // The second 測試時間縮放 is not marked (first in section), and 時間 inside it is not either.
        assertEquals("[測試時間縮放]，測試時間縮放。", annotate(AI, Annotate.FIRST_IN_SECTION, "測試時間縮放，測試時間縮放。\n"));
    }

    @Test
    void termsNeedNoWordBoundaries() {
        assertEquals("知識[蒸餾]技術", every("知識蒸餾技術\n"));
        assertEquals("[算力][蒸餾]", every("算力蒸餾\n"));
    }

    @Test
    void linksCodeHeadingsAndImageTextAreLeftAlone() {
        assertEquals("蒸餾", every("## 蒸餾\n"));
        assertEquals("蒸餾 蒸餾 蒸餾 [蒸餾]", every("[蒸餾](https://example.org) `蒸餾` ![蒸餾](a.png) 蒸餾\n"));
        assertEquals(0, count("## 蒸餾\n\n> [蒸餾][r]\n\n[r]: https://example.org\n\n```\n蒸餾\n```\n"));
    }

    @Test
    void termsInsideEmphasisAndQuotesAreMarked() {
        assertEquals("[蒸餾]和[算力]", every("*蒸餾*和**算力**\n"));
        assertEquals(2, count("**蒸餾**\n\n> 算力\n"));
    }

    private static int count(String markdown) {
        return new Annotator(AI, Annotate.EVERY).annotate(Markdown.parse(markdown)).size();
    }

    @Test
    void eachScriptMatchesItsOwnGlossary() {
        Glossary hans = new Glossary(List.of(new Glossary.Category("人工智能", "AI", List.of(
                term("distill", "蒸馏"), term("tts", "测试时间缩放"), term("time", "时间")))));
        assertEquals("知识[蒸馏]技术，[测试时间缩放]", annotate(hans, Annotate.EVERY, "知识蒸馏技术，测试时间缩放\n"));
        // Neither glossary matches the other script: the editions must each get their own.
        assertEquals("知識蒸餾技術", annotate(hans, Annotate.EVERY, "知識蒸餾技術\n"));
        assertEquals("知识蒸馏技术", every("知识蒸馏技术\n"));
    }

    @Test
    void aTermSplitByALineBreakIsFoundAndPrintedWhole() {
        assertEquals("長句的[測試時間縮放]方法⏎下一行", every("長句的測試時間\n縮放方法\n下一行\n"));
        Document d = Markdown.parse("長句的測試時間\n縮放方法\n");
        new Annotator(AI, Annotate.EVERY).annotate(d);
        String html = new BodyRenderer(new BodyRenderer.Words("", "條目", "glossary.html"), "").render(d).get(0).html();
        assertTrue(html.contains(">測試時間縮放</span></label>"), html);
        assertTrue(html.endsWith("方法</p>"), html);
    }

    @Test
    void policiesMarkFirstInSectionFirstInArticleOrEvery() {
        String md = "蒸餾與蒸餾。\n\n又是蒸餾。\n\n## 二\n\n蒸餾，蒸餾。\n";
        assertEquals("[蒸餾]與蒸餾。又是蒸餾。二[蒸餾]，蒸餾。", annotate(AI, Annotate.FIRST_IN_SECTION, md));
        assertEquals("[蒸餾]與蒸餾。又是蒸餾。二蒸餾，蒸餾。", annotate(AI, Annotate.FIRST_IN_ARTICLE, md));
        assertEquals("[蒸餾]與[蒸餾]。又是[蒸餾]。二[蒸餾]，[蒸餾]。", annotate(AI, Annotate.EVERY, md));
    }

    @Test
    void anAliasCountsAsItsTermForThePolicy() {
        assertEquals("[Test Time Scaling]即測試時間縮放",
                annotate(AI, Annotate.FIRST_IN_ARTICLE, "Test Time Scaling即測試時間縮放\n"));
    }

    @Test
    void aTermIsNotMarkedInsideItsExceptions() {
        Glossary g = new Glossary(List.of(new Glossary.Category("c", "", List.of(
                except("reasoning", "推理", "推理小說"), except("pku", "北大", "北大概"), term("novel", "小說")))));
        assertEquals("推理[小說]和[推理]", annotate(g, Annotate.EVERY, "推理小說和推理\n"));
        assertEquals("[北大]學生，北大概如此", annotate(g, Annotate.EVERY, "北大學生，北大概如此\n"));
        // An exception that starts before the term: 大概 never, but 大 alone is not a term either.
        Glossary g2 = new Glossary(List.of(new Glossary.Category("c", "", List.of(except("probably", "大概", "北大概")))));
        assertEquals("北大概，[大概]", annotate(g2, Annotate.EVERY, "北大概，大概\n"));
    }

    @Test
    void notesAreNumberedInDocumentOrder() {
        List<TermNode> nodes = new Annotator(AI, Annotate.EVERY).annotate(Markdown.parse("蒸餾\n\n*算力*和蒸餾\n"));
        assertEquals(List.of(1, 2, 3), nodes.stream().map(TermNode::number).toList());
        assertEquals(List.of("distill", "compute", "distill"), nodes.stream().map(n -> n.term().id()).toList());
    }

    @Test
    void anEmptyGlossaryMarksNothing() {
        assertEquals(List.of(), new Annotator(Glossary.empty(), Annotate.EVERY).annotate(Markdown.parse("蒸餾\n")));
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 200).boxed();
    }

    private static final String[] PIECES = {"測試時間縮放", "測試時間", "時間", "蒸餾", "大模型", "模型", "算力", "大", "測",
        "縮放", "的", "，", "Test Time Scaling", "Test", "\n"};

    /**
     * On random texts built from terms, their parts and filler: the text is kept exactly, every
     * marked span is a form of its term, and the marks are those of a plain greedy
     * longest-first scan.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomTextsAreMarkedGreedilyLongestFirstAndKeptIntact(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("開頭");
        for (int i = random.nextInt(30); i >= 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        text.append("結尾\n");
        String md = text.toString().replaceAll("\n+", "\n");
        String got = every(md);
        assertEquals(md.strip().replace("\n", ""), got.replace("[", "").replace("]", "").replace("⏎", ""), md);
        assertEquals(reference(md.strip().replace("\n", "")), got.replace("⏎", ""), md);
    }

    /** A straightforward greedy longest-first scan, for comparison. */
    private static String reference(String text) {
        List<String> forms = new ArrayList<>();
        AI.terms().forEach(t -> forms.addAll(t.forms()));
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String f : forms) {
                if (text.startsWith(f, i)) {
                    out.append('[').append(f).append(']');
                    i += f.length();
                    continue outer;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }
}
