package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.input.ContentError;

/** Chinese Wikipedia's inline markup, as the editions print it. */
class InlineMarkupTest {
    private static final String RULES = "智慧型手機=>zh-hans:智能手机;\nzh-hant:晶片; zh-hans:芯片;\n";

    @TempDir
    Path dir;

    private TinySite site(String body) {
        return new TinySite(dir).write("", RULES, "", body);
    }

    private void both(String body, String hant, String hans) {
        TinySite s = site(body);
        assertEquals(hant, s.body(Script.HANT), "zh-Hant");
        assertEquals(hans, s.body(Script.HANS), "zh-Hans");
    }

    @Test
    void noConversion() {
        both("計畫與-{計畫}-，-{晶片}-與晶片\n", "計畫與計畫，晶片與晶片\n", "计划与計畫，晶片与芯片\n");
    }

    @Test
    void explicitTextPerEdition() {
        both("這是-{zh-hans:内存;zh-hant:記憶體}-。\n", "這是記憶體。\n", "这是内存。\n");
        both("-{zh-hant:電郵; zh-hans:电子邮件;}-\n", "電郵\n", "电子邮件\n");
    }

    @Test
    void hiddenRuleAppliesToTheWholeArticleAndPrintsNothing() {
        both("我的網路。\n\n-{H|zh-hant:網路;zh-hans:网络;}-他的網路。\n", "我的網路。\n\n他的網路。\n", "我的网络。\n\n他的网络。\n");
    }

    @Test
    void ruleWithOutputPrintsThisEditionsText() {
        both("-{A|zh-hant:軟體;zh-hans:软件;}-和軟體\n", "軟體和軟體\n", "软件和软件\n");
    }

    @Test
    void aLiteralOpeningIsWrittenAsTheErrorMessageSays() {
        both("a-{-}-{b\n", "a-{b\n", "a-{b\n");
    }

    @Test
    void emptyMarkupBreaksAPhraseMatch() {
        both("智慧型手機，智慧型-{}-手機\n", "智慧型手機，智慧型手機\n", "智能手机，智慧型手机\n");
    }

    @Test
    void markupInCodeIsLeftAsWrittenAndAnUnclosedOneThereIsNoError() {
        both("晶片 `-{晶片}-` 和 `-{` \n\n```\n-{zh-hans:x;zh-hant:y}-\n```\n",
                "晶片 `-{晶片}-` 和 `-{` \n\n```\n-{zh-hans:x;zh-hant:y}-\n```\n",
                "芯片 `-{晶片}-` 和 `-{` \n\n```\n-{zh-hans:x;zh-hant:y}-\n```\n");
    }

    @Test
    void markupWorksInFrontMatterToo() {
        TinySite s = new TinySite(dir).write("", RULES,
                "description: 這是-{zh-hans:内存;zh-hant:記憶體}-\nkeywords: [\"-{晶片}-\", 晶片]\n", "正文\n");
        assertEquals("这是内存", s.article(Script.HANS).description());
        assertEquals(java.util.List.of("晶片", "芯片"), s.article(Script.HANS).keywords());
        assertEquals("這是記憶體", s.article(Script.HANT).description());
    }

    @Test
    void anUnclosedMarkupIsAnErrorAtItsLine() {
        ContentError e = assertThrows(ContentError.class, () -> site("第一段\n\n第二段-{晶片\n").load());
        assertEquals(10, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("a.md:10: conversion markup '-{' is not closed"), e.getMessage());
    }

    @Test
    void aBadRuleInMarkupIsAnErrorAtItsLine() {
        ContentError e = assertThrows(ContentError.class, () -> site("一\n\n-{H|zh-xx:網路;zh-hans:网络;}-\n").load());
        assertTrue(e.getMessage().contains("a.md:10: unknown variant 'zh-xx'"), e.getMessage());
    }

    @Test
    void aQuotationAsWrittenResolvesMarkupButConvertsNothing() {
        // Quotations of the source (the emendations' 'was', the original headline): never converted.
        assertEquals("計畫與資訊", InlineMarkup.asWritten("-{計畫}-與資訊", Script.HANT));
        assertEquals("記憶體", InlineMarkup.asWritten("-{zh-hans:内存;zh-hant:記憶體}-", Script.HANT));
        assertEquals("内存", InlineMarkup.asWritten("-{zh-hans:内存;zh-hant:記憶體}-", Script.HANS));
        assertEquals("跻身", InlineMarkup.asWritten("跻身", Script.HANT));
    }
}
