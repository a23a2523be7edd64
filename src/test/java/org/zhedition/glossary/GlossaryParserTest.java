package org.zhedition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhedition.input.ContentError;

class GlossaryParserTest {
    private static final Path FILE = Path.of("content/glossary.yaml");

    private static final String GOOD = """
            categories:
              - name: 人工智能
                en: Artificial intelligence
                terms:
                  - term: 測試時間縮放
                    aliases: [Test Time Scaling]
                    en: test-time scaling
                    note: 推理時多花算力換取更好的答案。
                    see: [推理]
                  - term: 推理
                    id: inference
                    en: inference
                    note: 模型根據輸入生成輸出的過程。
                    not: [推理小說]
              - name: 成語
                terms:
                  - term: 望其項背
                    en: to come close to
                    note: 多用於否定：難以望其項背。
            """;

    @Test
    void readsCategoriesAndEntriesInTheEditorsOrder() {
        Glossary g = GlossaryParser.parse(GOOD, FILE);
        assertEquals(List.of("人工智能", "成語"), g.categories().stream().map(Glossary.Category::name).toList());
        assertEquals(List.of("測試時間縮放", "推理", "望其項背"), g.terms().stream().map(Term::term).toList());
        Term tts = g.terms().get(0);
        assertEquals("test-time-scaling", tts.id());
        assertEquals(List.of("測試時間縮放", "Test Time Scaling"), tts.forms());
        assertEquals(List.of("推理"), tts.see());
        assertEquals(5, tts.line());
        assertEquals("inference", g.terms().get(1).id());
        assertEquals(List.of("推理小說"), g.terms().get(1).notIn());
        assertEquals("to-come-close-to", g.terms().get(2).id());
        assertEquals("", g.categories().get(1).en());
    }

    private static ContentError error(String yaml) {
        return assertThrows(ContentError.class, () -> GlossaryParser.parse(yaml, FILE));
    }

    private static void assertError(int line, String words, String yaml) {
        ContentError e = error(yaml);
        assertEquals(FILE, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("How to fix: "), e.getMessage());
    }

    @Test
    void aDuplicateHeadwordNamesBothLines() {
        assertError(17, "'推理' is already an entry or alias at line 10", GOOD.replace("望其項背", "推理"));
    }

    @Test
    void anAliasThatIsAnotherEntrysHeadwordIsADuplicate() {
        assertError(10, "'推理' is already an entry or alias at line 5", GOOD.replace("[Test Time Scaling]", "[推理]"));
    }

    @Test
    void anEmptyFieldIsAnError() {
        assertError(13, "field 'note' is empty", GOOD.replace("note: 模型根據輸入生成輸出的過程。", "note: \"\""));
        assertError(7, "field 'en' is empty", GOOD.replace("en: test-time scaling", "en:"));
        assertError(6, "empty item in 'aliases'", GOOD.replace("[Test Time Scaling]", "[Test Time Scaling, '']"));
    }

    @Test
    void aMissingFieldIsAnError() {
        assertError(17, "missing required field 'en'", GOOD.replace("        en: to come close to\n", ""));
    }

    @Test
    void malformedYamlNamesItsLine() {
        assertError(8, "invalid YAML", GOOD.replace("        note: 推理時多花算力換取更好的答案。", "      note: [推理時"));
        assertError(1, "must start with 'categories:'", "- 推理\n");
        assertError(1, "unknown field 'categorie'", "categorie: []\n");
    }

    @Test
    void chineseInTheEnglishIsAnErrorBecauseItIsNeverConverted() {
        assertError(7, "'en' of entry 測試時間縮放 contains Chinese characters",
                GOOD.replace("en: test-time scaling", "en: test-time scaling (測試時間)"));
    }

    @Test
    void aMisspeltFieldIsAnError() {
        assertError(8, "unknown field 'notes'", GOOD.replace("note: 推理時", "notes: 推理時"));
    }

    @Test
    void seeMustNameAHeadword() {
        assertError(5, "'see: 推論' in entry 測試時間縮放 is not a headword", GOOD.replace("see: [推理]", "see: [推論]"));
    }

    @Test
    void anExceptionMustContainTheTerm() {
        assertError(10, "'not: 小說' in entry 推理 does not contain the term", GOOD.replace("[推理小說]", "[小說]"));
        assertError(10, "does not contain the term", GOOD.replace("[推理小說]", "[推理]"));
    }

    @Test
    void idsAreCheckedAndUnique() {
        assertError(10, "id 'Inference' may only use", GOOD.replace("id: inference", "id: Inference"));
        assertError(10, "id 'test-time-scaling' is used twice", GOOD.replace("id: inference", "id: test-time-scaling"));
    }

    @Test
    void anEmptyCategoryIsAnError() {
        assertError(15, "category '成語' has no terms", GOOD.substring(0, GOOD.indexOf("      - term: 望其項背")));
    }

    @Test
    void slugsAreAsciiAndShort() {
        assertEquals("test-time-scaling", GlossaryParser.slug("Test-time scaling (TTS)"));
        assertEquals("large-model", GlossaryParser.slug("large model (large language model, LLM)"));
        assertEquals("overtaking-on-the-bend", GlossaryParser.slug("overtaking on the bend — leapfrogging a leader"));
        assertEquals("cluster", GlossaryParser.slug("(computing) cluster"));
        assertEquals("computing", GlossaryParser.slug("(computing)"));
        assertEquals("can-only-gaze-at-the-dust-of-the-rider-ahead", GlossaryParser.slug(
                "can only gaze at the dust of the rider ahead, hopelessly outpaced"));
        assertEquals("term", GlossaryParser.slug("算力"));
    }
}
