package org.zhedition.build;

import org.zhedition.TestProjects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.input.ContentError;

/** The build report: every rule with its count, every repaired character; unused rules warn, bad rules stop. */
class BuildReportTest {
    @TempDir
    Path dir;

    private Build.Result build() {
        return Build.run(dir.resolve("content"), dir.resolve("templates"));
    }

    private int appendRule(String rule) throws IOException {
        Path rules = dir.resolve("content/conversion.txt");
        Files.writeString(rules, rule + "\n", StandardOpenOption.APPEND);
        return Files.readAllLines(rules).size();
    }

    @Test
    void listsEveryRuleWithItsCountAndEveryRepair() {
        TestProjects.copyOfFixture(dir);
        Report r = build().report();
        Path rules = dir.resolve("content/conversion.txt");
        List<String> details = r.details();
        assertTrue(details.contains("rule " + rules + ":54 智慧型手機=>zh-hans:智能手机; ×1"), details.toString());
        // 晶片/芯片: 9 in the body, 1 in the keywords, the rest in the glossary's terms and notes.
        assertTrue(details.stream().anyMatch(d -> d.matches("rule " + java.util.regex.Pattern.quote(rules.toString())
                + ":67 zh-hant:晶片; zh-hans:芯片; ×\\d\\d+")), details.toString());
        assertTrue(details.contains("repaired zh-Hant 资→資 ×1") && details.contains("repaired zh-Hant 跻→躋 ×1"), details.toString());
        // 23 site rules and the article's 5.
        assertEquals(28, details.stream().filter(d -> d.startsWith("rule ")).count());
        assertEquals(List.of(), r.warnings().stream().filter(w -> w.contains("rule")).toList());
    }

    @Test
    void aRuleThatMatchesNothingIsAWarning() throws IOException {
        TestProjects.copyOfFixture(dir);
        int line = appendRule("網路=>zh-hans:网络;");
        Report r = build().report();
        Path rules = dir.resolve("content/conversion.txt");
        assertTrue(r.warnings().contains(rules + ":" + line + ": rule '網路=>zh-hans:网络;' matched nothing"), r.warnings().toString());
        assertTrue(r.details().contains("rule " + rules + ":" + line + " 網路=>zh-hans:网络; ×0"));
    }

    @Test
    void aRuleWithAMistakeIsAnErrorAndNothingIsBuilt() throws IOException {
        TestProjects.copyOfFixture(dir);
        int line = appendRule("zh-hant:網路; zh-xx:网络;");
        ContentError e = assertThrows(ContentError.class, this::build);
        assertTrue(e.getMessage().startsWith(dir.resolve("content/conversion.txt") + ":" + line + ": unknown variant 'zh-xx'"),
                e.getMessage());
    }
}
