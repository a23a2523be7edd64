package org.zhedition.script;

import org.zhedition.script.EditionSpec;

import org.zhedition.edition.ConvertedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.content.Content;

/**
 * Every rule applies whatever else was converted before (OpenCC4j's custom phrases share one
 * static trie, so with them the first data map to reach it wins; this converter must not care).
 */
class RuleOrderTest {
    private static final Path FILE = Path.of("rules.txt");
    private static final String SENTENCE = "智慧型手機的螢幕和晶片，高階晶片，星門計畫。";

    /** Rule sets, each with what it must make of {@link #SENTENCE} in the Simplified edition. */
    private record Case(String name, List<Rule> site, List<Rule> article, String expected) {
        Converter converter(ConversionLog log) {
            return new Converter(Script.HANT, Script.HANS, Phrases.of(site, article), Punctuation.MAINLAND, log);
        }
    }

    private static List<Rule> rules(String text) {
        return RuleParser.parseFile(text, FILE);
    }

    private static List<Case> cases() {
        List<Rule> site = rules("智慧型手機=>zh-hans:智能手机;\n螢幕=>zh-hans:屏幕;\nzh-hant:晶片; zh-hans:芯片;\n"
                + "高階晶片=>zh-hans:高端芯片;\n星門計畫=>zh-hans:星际之门计划;\n");
        return List.of(
                new Case("none", List.of(), List.of(), "智慧型手机的萤幕和晶片，高阶晶片，星门计划。"),
                new Case("site", site, List.of(), "智能手机的屏幕和芯片，高端芯片，星际之门计划。"),
                new Case("article overrides site", site, rules("晶片=>zh-hans:集成电路;\n"),
                        "智能手机的屏幕和集成电路，高端芯片，星际之门计划。"),
                new Case("article only", List.of(), rules("螢幕=>zh-hans:显示屏;\n"), "智慧型手机的显示屏和晶片，高阶晶片，星门计划。"),
                new Case("one rule", rules("計畫=>zh-hans:规划;\n"), List.of(), "智慧型手机的萤幕和晶片，高阶晶片，星门规划。"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    void eachRuleSetGivesItsOwnOutputInAnyOrder(long seed) {
        Random random = new Random(seed);
        List<Case> order = new ArrayList<>(cases());
        Collections.shuffle(order, random);
        List<Converter> converters = new ArrayList<>();
        List<ConversionLog> logs = new ArrayList<>();
        for (Case c : order) {
            ConversionLog log = new ConversionLog();
            logs.add(log);
            converters.add(c.converter(log));
        }
        for (int round = 0; round < 20; round++) {
            int i = random.nextInt(order.size());
            assertEquals(order.get(i).expected(), converters.get(i).convert(SENTENCE), order.get(i).name() + ", seed " + seed);
        }
        for (int i = 0; i < order.size(); i++) {
            assertEquals(order.get(i).expected(), converters.get(i).convert(SENTENCE), order.get(i).name());
            for (Rule r : order.get(i).article()) {
                assertTrue(logs.get(i).ruleUses().getOrDefault(r, 0L) > 0, r.text());
            }
        }
    }

    static Stream<Rule> siteRules() {
        return FixtureContent.content().rules().stream();
    }

    /** Each rule of the fixture's conversion.txt fires on its article in zh-Hans, never in zh-Hant. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("siteRules")
    void everySiteRuleFiresInTheSimplifiedEditionOnly(Rule rule) {
        Content content = FixtureContent.content();
        ConversionLog hansLog = new ConversionLog();
        ConversionLog hantLog = new ConversionLog();
        ConvertedArticle hant = FixtureContent.convert(Script.HANT, hantLog);
        ConvertedArticle hans = FixtureContent.convert(Script.HANS, hansLog);
        // The site's own texts (glossary notes, labels) are converted by the edition with its own log.
        ConversionLog hansSite = new ConversionLog();
        ConversionLog hantSite = new ConversionLog();
        org.zhedition.edition.Edition hansEdition = org.zhedition.edition.Edition.of(content, EditionSpec.of(Script.HANS), hansSite);
        org.zhedition.edition.Edition.of(content, EditionSpec.of(Script.HANT), hantSite);
        Rule same = content.rules().stream().filter(r -> r.line() == rule.line()).findFirst().orElseThrow();
        assertTrue(hansLog.ruleUses().getOrDefault(same, 0L) + hansSite.ruleUses().getOrDefault(same, 0L) > 0, "does not fire in zh-Hans: " + rule.text());
        assertEquals(0, hantLog.ruleUses().getOrDefault(same, 0L) + hantSite.ruleUses().getOrDefault(same, 0L), "fires in zh-Hant: " + rule.text());
        String target = same.to().get(Variant.ZH_HANS);
        String notes = hans.emendations().stream().map(e -> e.note()).reduce("", String::concat);
        String glossary = hansEdition.glossary().terms().stream().map(t -> t.note()).reduce("", String::concat);
        assertTrue((hans.body() + notes + glossary).contains(target), target);
        if (hansLog.ruleUses().getOrDefault(same, 0L) == 0) {
            return; // a rule for the site's own texts only (電腦程式 in a glossary note)
        }
        for (String phrase : same.from()) {
            if (!phrase.equals(target)) {
                assertEquals(0, TraditionalEditionTest.count(hans.body(), phrase), "left in zh-Hans: " + phrase);
            }
        }
        String hantText = hant.body() + hant.emendations().stream().map(e -> e.note()).reduce("", String::concat);
        assertTrue(same.from().stream().anyMatch(hantText::contains), "the Traditional edition keeps the author's word");
    }
}
