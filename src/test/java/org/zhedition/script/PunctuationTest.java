package org.zhedition.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.input.ContentError;

/** Quotation marks: mainland “ ” ‘ ’ in zh-Hans by default; switchable per site and per article. */
class PunctuationTest {
    private static final String BODY = "他說「這是『晶片』」。\n";

    @TempDir
    Path dir;

    @Test
    void styles() {
        assertEquals("他说“这是‘芯片’”。", Punctuation.MAINLAND.apply("他说「这是『芯片』」。"));
        assertEquals("他說「這是『晶片』」。", Punctuation.CORNER.apply("他說“這是‘晶片’”。"));
        assertEquals("It’s 「好」", Punctuation.CORNER.apply("It’s “好”"));
        assertEquals(BODY, Punctuation.KEEP.apply(BODY));
    }

    @Test
    void mainlandByDefaultInTheSimplifiedEditionOnly() {
        TinySite s = new TinySite(dir).write("", "", "", BODY);
        assertEquals("他说“这是‘晶片’”。\n", s.body(Script.HANS));
        assertEquals(BODY, s.body(Script.HANT));
    }

    @Test
    void theSiteCanSwitchItOff() {
        TinySite s = new TinySite(dir).write("punctuation:\n  zh-Hans: keep\n", "", "", BODY);
        assertEquals("他说「这是『晶片』」。\n", s.body(Script.HANS));
    }

    @Test
    void anArticleCanOverrideTheSiteForOneEdition() {
        TinySite s = new TinySite(dir).write("", "", "punctuation:\n  zh-Hans: keep\n", BODY);
        assertEquals("他说「这是『晶片』」。\n", s.body(Script.HANS));
        assertEquals(BODY, s.body(Script.HANT));
        TinySite corner = new TinySite(dir).write("punctuation:\n  zh-Hans: keep\n", "", "punctuation:\n  zh-Hant: mainland\n", BODY);
        assertEquals("他說“這是‘晶片’”。\n", corner.body(Script.HANT));
        assertEquals("他说「这是『晶片』」。\n", corner.body(Script.HANS));
    }

    @Test
    void rulesAndMarkupKeepTheirQuotes() {
        TinySite s = new TinySite(dir).write("", "", "", "「引文」與-{「原樣」}-\n");
        assertEquals("“引文”与「原樣」\n", s.body(Script.HANS));
    }

    @Test
    void anUnknownStyleIsAnErrorAtItsLine() {
        ContentError e = assertThrows(ContentError.class,
                () -> new TinySite(dir).write("", "", "punctuation:\n  zh-Hans: curly\n", BODY).load());
        assertTrue(e.getMessage().contains("a.md:8: unknown punctuation style 'curly'"), e.getMessage());
        ContentError flat = assertThrows(ContentError.class,
                () -> new TinySite(dir).write("", "", "punctuation: keep\n", BODY).load());
        assertTrue(flat.getMessage().contains("a.md:7: punctuation needs one line per edition"), flat.getMessage());
    }
}
