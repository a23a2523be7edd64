package org.zhedition.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tag's slug: safe ASCII, fixed by the keyword alone, the same for forms that differ only in case, width or spaces. */
class TagsTest {
    @Test
    void plainAsciiKeywordsAreTheirOwnSlug() {
        assertEquals("deepseek", Tags.slug("DeepSeek"));
        assertEquals("deepseek-r1", Tags.slug("DeepSeek R1"));
        assertEquals("deepseek-r1", Tags.slug("deepseek-r1"));
        assertEquals("ai", Tags.slug("ＡＩ"), "full-width letters are the same tag");
        assertEquals("ai", Tags.slug("  AI "));
    }

    @Test
    void otherKeywordsKeepTheirAsciiAndAddAHash() {
        String han = Tags.slug("人工智能");
        assertTrue(han.matches("[0-9a-f]{10}"), han);
        assertEquals(han, Tags.slug("人工智能"), "deterministic");
        assertNotEquals(han, Tags.slug("人工智慧"));
        String mixed = Tags.slug("GPU 供应链");
        assertTrue(mixed.matches("gpu-[0-9a-f]{10}"), mixed);
        assertEquals(mixed, Tags.slug("gpu  供应链"), "case and runs of spaces do not matter");
        assertNotEquals(Tags.slug("C++"), Tags.slug("C"), "punctuation is kept in the hash");
    }

    @Test
    void everySlugIsSafeInAFileNameAndAnAddress() {
        for (String k : List.of("DeepSeek", "人工智能", "a/b", "a?b#c", "%20", "..", "新聞 / 評論", "Ｃ＋＋", "x y", "🙂", "-{晶片}-")) {
            String slug = Tags.slug(k);
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), k + " → " + slug);
        }
    }
}
