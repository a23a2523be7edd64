package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhedition.content.Content;
import org.zhedition.edition.ConvertedArticle;
import org.zhedition.edition.Edition;
import org.zhedition.input.ContentError;

/**
 * The editions list of site.yaml, the conversion variants with MediaWiki's fallback, and the
 * per-variant rule tables: what an edition prints follows its region, a rule for another region
 * neither applies nor hides a shorter rule, and a bad entry is an error naming its line.
 */
class EditionsTest {
    @TempDir
    Path dir;

    private static final String THREE = """
            editions:
              - id: zh-Hant
                lang: zh-Hant
                script: Traditional
                region: HK
                name: 繁體（香港）
                label: 香港版
              - id: zh-Hans
                lang: zh-Hans
                script: Simplified
                region: CN
                name: 简体
                label: 简体版
              - id: zh-TW
                lang: zh-Hant-TW
                script: Traditional
                region: TW
                name: 繁體（台灣）
                label: 台灣版
            """;

    @Test
    void variantsFallBackAsMediaWikiDoesNeverAcrossScripts() {
        assertEquals(List.of(Variant.ZH_TW, Variant.ZH_HANT, Variant.ZH_HK, Variant.ZH_MO), Variant.ZH_TW.fallbacks());
        assertEquals(List.of(Variant.ZH_CN, Variant.ZH_HANS, Variant.ZH_SG, Variant.ZH_MY), Variant.ZH_CN.fallbacks());
        assertEquals(List.of(Variant.ZH_HK, Variant.ZH_HANT, Variant.ZH_MO, Variant.ZH_TW), Variant.ZH_HK.fallbacks());
        for (Variant v : Variant.values()) {
            assertTrue(v.fallbacks().stream().allMatch(f -> f.script() == v.script()), v.tag());
            assertEquals(v, Variant.fromTag(v.tag().toUpperCase(java.util.Locale.ROOT)).orElseThrow());
        }
        assertEquals(Variant.ZH_TW, Variant.of(Script.HANT, "tw").orElseThrow());
        assertTrue(Variant.of(Script.HANS, "TW").isEmpty());
    }

    @Test
    void aTwoWayRuleFallsBackAOneWayRuleOnlyUpToItsScript() {
        Rule twoWay = RuleParser.parse("zh-hk:英偉達; zh-tw:輝達;", null, 1);
        assertEquals("輝達", twoWay.textFor(Variant.ZH_TW));
        assertEquals("英偉達", twoWay.textFor(Variant.ZH_HK));
        assertEquals("英偉達", twoWay.textFor(Variant.ZH_HANT));
        assertNull(twoWay.textFor(Variant.ZH_CN), "no Simplified text: t2s");
        Rule oneWay = RuleParser.parse("智慧型手機=>zh-hans:智能手机;", null, 1);
        assertEquals("智能手机", oneWay.textFor(Variant.ZH_CN), "zh-hans serves the mainland");
        assertEquals("智能手机", oneWay.textFor(Variant.ZH_SG));
        assertNull(oneWay.textFor(Variant.ZH_TW));
        Rule taiwan = RuleParser.parse("人工智能=>zh-tw:人工智慧;", null, 1);
        assertNull(taiwan.textFor(Variant.ZH_HK), "a one-way rule for Taiwan never reaches Hong Kong");
        assertNull(taiwan.textFor(Variant.ZH_HANT));
        assertEquals("人工智慧", taiwan.textFor(Variant.ZH_TW));
    }

    @Test
    void eachEditionPrintsItsRegionsWordAndTheHongKongEditionTheAuthors() {
        TinySite site = new TinySite(dir).write(THREE, """
                zh-hk:英偉達; zh-tw:輝達;
                人工智能=>zh-tw:人工智慧;
                zh-hant:晶片; zh-hans:芯片;
                高階晶片=>zh-hans:高端芯片;
                """, "", "英偉達的人工智能高階晶片和芯片。\n");
        Map<String, String> out = bodies(site.load());
        assertEquals("英偉達的人工智能高階晶片和芯片。\n", out.get("zh-Hant"));
        assertEquals("英伟达的人工智能高端芯片和芯片。\n", out.get("zh-Hans"));
        // 高階晶片 has no Taiwan text: it does not hide 晶片's (which gives zh-tw the zh-hant form).
        assertEquals("輝達的人工智慧高階晶片和晶片。\n", out.get("zh-TW"));
    }

    @Test
    void inlineMarkupPicksTheRegionAndFallsBack() {
        TinySite site = new TinySite(dir).write(THREE, "", "",
                "-{zh-hant:台灣譯作「輝達」;zh-tw:香港譯作「英偉達」;zh-hans:台湾译作“辉达”}-，-{zh-hant:電腦;zh-hans:计算机}-。\n");
        Map<String, String> out = bodies(site.load());
        assertEquals("台灣譯作「輝達」，電腦。\n", out.get("zh-Hant"));
        assertEquals("香港譯作「英偉達」，電腦。\n", out.get("zh-TW"));
        assertEquals("台湾译作“辉达”，计算机。\n", out.get("zh-Hans"));
    }

    @Test
    void theTaiwanEditionMapsCharactersNotPhrases() {
        TinySite site = new TinySite(dir).write(THREE, "", "", "字節、諮詢對象、展示了、演算法、計畫、衞生、為。\n");
        // Taiwan's standard characters (衞 → 衛); no s2twp phrase (位元組, 物件, 瞭, 演演算法, 計劃).
        assertEquals("字節、諮詢對象、展示了、演算法、計畫、衛生、為。\n", bodies(site.load()).get("zh-TW"));
    }

    private static Map<String, String> bodies(Content c) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (EditionSpec spec : c.site().editions()) {
            Edition e = Edition.of(c, spec, new ConversionLog());
            out.put(spec.id(), ConvertedArticle.of(c.articles().get(0), e.converter(c.articles().get(0))).body());
        }
        return out;
    }

    @Test
    void withoutAnEditionsListASiteHasTheTwoEditionsOfEarlierVersions() {
        Content c = new TinySite(dir).write("punctuation:\n  zh-Hans: keep\n", "", "", "正文。\n").load();
        assertEquals(List.of("zh-Hant", "zh-Hans"), c.site().editions().stream().map(EditionSpec::id).toList());
        assertEquals(Punctuation.KEEP, c.site().edition("zh-Hans").punctuation());
        assertEquals(Variant.ZH_CN, c.site().edition("zh-Hans").variant());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate id|- id: zh-Hant\\n  lang: zh-Hant\\n  script: Traditional\\n  name: a\\n  label: b\\n- id: zh-hant\\n  lang: zh-Hant\\n  script: Traditional\\n  name: a\\n  label: b|listed twice
            unknown script|- id: zh-Hant\\n  lang: zh-Hant\\n  script: Cyrillic\\n  name: a\\n  label: b|unknown script 'Cyrillic'
            region of the other script|- id: zh-TW\\n  lang: zh-Hant-TW\\n  script: Simplified\\n  region: TW\\n  name: a\\n  label: b|region 'TW' has no Simplified conversion variant
            unknown key|- id: zh-TW\\n  lang: zh-Hant-TW\\n  script: Traditional\\n  colour: red\\n  name: a\\n  label: b|colour
            missing label|- id: zh-TW\\n  lang: zh-Hant-TW\\n  script: Traditional\\n  name: a|missing required field 'label'
            a folder of the site|- id: assets\\n  lang: zh-Hant\\n  script: Traditional\\n  name: a\\n  label: b|not a language tag usable as a folder name
            not a tag|- id: ../x\\n  lang: zh-Hant\\n  script: Traditional\\n  name: a\\n  label: b|not a language tag
            bad lang|- id: zh-TW\\n  lang: zh_TW!\\n  script: Traditional\\n  name: a\\n  label: b|is not a BCP 47 language tag
            """)
    void aBadEditionIsAnErrorNamingItsLineAndTheFix(String what, String entries, String problem) {
        String yaml = "editions:\n" + ("  " + entries.replace("\\n", "\n  ")) + "\n";
        ContentError e = assertThrows(ContentError.class, () -> new TinySite(dir).write(yaml, "", "", "正文。\n").load());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("site.yaml") + ":"), e.getMessage());
        assertTrue(e.line() > 2, "names the entry's line: " + e.getMessage());
        assertTrue(e.getMessage().contains("How to fix: "), e.getMessage());
    }

    @Test
    void theTopLevelPunctuationMapCannotStandBesideTheEditionsList() {
        ContentError e = assertThrows(ContentError.class,
                () -> new TinySite(dir).write(THREE + "punctuation:\n  zh-Hans: keep\n", "", "", "正文。\n").load());
        assertTrue(e.getMessage().contains("replaced by the editions list"), e.getMessage());
    }

    @Test
    void frontMatterPunctuationNamesAnEditionOfTheSite() {
        ContentError e = assertThrows(ContentError.class,
                () -> new TinySite(dir).write(THREE, "", "punctuation:\n  zh-SG: keep\n", "正文。\n").load());
        assertTrue(e.getMessage().contains("unknown edition 'zh-SG'") && e.getMessage().contains("zh-TW"), e.getMessage());
    }
}
