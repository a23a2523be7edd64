package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.glossary.Annotate;
import org.zhedition.glossary.Annotator;
import org.zhedition.glossary.Glossary;
import org.zhedition.glossary.Term;
import org.zhedition.glossary.TermNode;
import org.zhedition.markdown.Markdown;
import org.zhedition.body.BodyRenderer;

/**
 * Property: annotation adds notes and changes nothing else a reader sees. For 200 seeded random
 * bodies and glossaries, under each policy, the rendered body with the note popovers taken out
 * reads exactly as the body rendered with an empty glossary; every note has its own id and its
 * button's text is a form of its term.
 */
class AnnotationTextTest {
    private static final BodyRenderer.Words WORDS = new BodyRenderer.Words("攝：", "詞彙表條目", "glossary.html");

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void notesAreTheOnlyDifference(long seed) {
        RandomContent random = new RandomContent(seed);
        String markdown = random.markdown(80);
        Glossary glossary = glossary(random.glossary(6));
        Annotate policy = Annotate.values()[random.nextInt(Annotate.values().length)];

        Document annotated = Markdown.parse(markdown);
        List<TermNode> notes = new Annotator(glossary, policy).annotate(annotated);
        Element with = body(annotated);
        Element without = body(Markdown.parse(markdown));

        assertEquals(notes.size(), with.select("span.note[popover]").size(), "one popover per note");
        Set<String> ids = new HashSet<>();
        for (Element button : with.select("button.term")) {
            assertTrue(ids.add(button.id()), "duplicate id " + button.id());
            Element note = with.getElementById(button.attr("popovertarget"));
            assertTrue(note != null && note.hasAttr("popover"), "button without its note: " + button);
            String term = note.selectFirst("dfn").text();
            Term t = glossary.terms().stream().filter(x -> x.term().equals(term)).findFirst().orElseThrow();
            String word = with.getElementById(button.attr("aria-labelledby")).text();
            assertTrue(t.forms().contains(word), word + " is not a form of " + term);
        }
        with.select("span.note[popover]").remove();
        assertEquals(without.wholeText(), with.wholeText(), () -> "seed " + seed + " " + policy + ", body:\n" + markdown);
    }

    private static Element body(Document document) {
        String html = new BodyRenderer(WORDS, "").render(document).stream().map(BodyRenderer.Block::html)
                .collect(Collectors.joining("\n"));
        return Jsoup.parseBodyFragment(html).body();
    }

    private static Glossary glossary(List<RandomContent.Entry> entries) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RandomContent.Entry e = entries.get(i);
            terms.add(new Term("t" + i, e.term(), e.aliases(), e.en(), e.note(), List.of(), "詞", Path.of("glossary.yaml"), i + 1));
        }
        return terms.isEmpty() ? Glossary.empty() : new Glossary(List.of(new Glossary.Category("詞", "", terms)));
    }
}
