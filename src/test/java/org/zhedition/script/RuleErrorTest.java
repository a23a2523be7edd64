package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.input.ContentError;

/** A mistake in a rule is a ContentError that names the file and line and says how to fix it. */
class RuleErrorTest {
    private static final Path FILE = Path.of("content", "conversion.txt");
    private static final String HEAD = "# rules\n\n螢幕=>zh-hans:屏幕;\n";

    private static ContentError error(String badLine) {
        return assertThrows(ContentError.class, () -> RuleParser.parseFile(HEAD + badLine + "\n", FILE));
    }

    private static void at4(ContentError e, String problem) {
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":4: " + problem), e.getMessage());
        assertTrue(e.getMessage().contains("How to fix: "), e.getMessage());
    }

    @Test
    void goodRulesParse() {
        List<Rule> rules = RuleParser.parseFile(HEAD + "zh-hant:晶片; zh-hans:芯片;\n", FILE);
        assertEquals(2, rules.size());
        assertEquals(List.of("螢幕"), rules.get(0).from());
        assertEquals(List.of("晶片", "芯片"), rules.get(1).from());
        assertEquals(FILE + ":4", rules.get(1).origin());
    }

    @Test
    void unknownVariant() {
        at4(error("zh-xx:晶片; zh-hans:芯片;"), "unknown variant 'zh-xx'");
    }

    @Test
    void emptyText() {
        at4(error("zh-hant:晶片; zh-hans:;"), "empty text for zh-hans");
        at4(error("=>zh-hans:芯片;"), "rule '=>zh-hans:芯片;' has nothing before '=>'");
    }

    @Test
    void badSyntaxWithoutAColon() {
        at4(error("晶片 芯片"), "rule part '晶片 芯片' has no variant");
        at4(error("晶片=>芯片"), "rule part '芯片' has no variant");
    }

    @Test
    void duplicateVariant() {
        at4(error("zh-hans:芯片; zh-hans:晶片;"), "zh-hans appears twice");
    }

    @Test
    void twoWayRuleNeedsBothVariants() {
        at4(error("zh-hans:芯片;"), "two-way rule 'zh-hans:芯片;' needs both");
    }

    @Test
    void conflictingDuplicatePhraseIsAnErrorAtTheSecondRule() {
        List<Rule> rules = RuleParser.parseFile(HEAD + "螢幕=>zh-hans:显示屏;\n", FILE);
        ContentError e = assertThrows(ContentError.class, () -> Phrases.of(rules, List.of()));
        at4(e, "phrase '螢幕' already has a rule at " + FILE + ":3");
    }

    @Test
    void theSameRuleTwiceIsHarmless() {
        Phrases.of(RuleParser.parseFile(HEAD + "螢幕=>zh-hans:屏幕;\n", FILE), List.of());
    }

    @TempDir
    Path dir;

    @Test
    void errorsInContentNameTheRealFileAndLine() {
        TinySite s = new TinySite(dir);
        ContentError site = assertThrows(ContentError.class, () -> s.write("", HEAD + "zh-xx:a;zh-hans:b;\n", "", "正文\n").load());
        assertTrue(site.getMessage().startsWith(dir.resolve("conversion.txt") + ":4: unknown variant"), site.getMessage());
        ContentError article = assertThrows(ContentError.class,
                () -> s.write("", "", "conversion:\n  - 晶片=>zh-hans:芯片;\n  - 晶片 芯片\n", "正文\n").load());
        assertTrue(article.getMessage().startsWith(dir.resolve("articles/a.md") + ":9: rule part"), article.getMessage());
        ContentError conflict = assertThrows(ContentError.class,
                () -> s.write("", "", "conversion:\n  - 晶片=>zh-hans:芯片;\n  - 晶片=>zh-hans:集成电路;\n", "正文\n").load());
        assertTrue(conflict.getMessage().startsWith(dir.resolve("articles/a.md") + ":9: phrase '晶片' already has a rule"),
                conflict.getMessage());
    }
}
