package org.zhedition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteLayoutTest {
    @Test
    void linksAreRelativeToThePage() {
        assertEquals("tags/t.html", SiteLayout.link("zh-Hant/a.html", SiteLayout.tagPage("zh-Hant", "t")));
        assertEquals("../a.html", SiteLayout.link(SiteLayout.tagPage("zh-Hant", "t"), "zh-Hant/a.html"));
        assertEquals("../zh-Hans/a.html", SiteLayout.link("zh-Hant/a.html", SiteLayout.articlePage("zh-Hans", "a")));
        assertEquals("../../zh-Hans/tags/index.html", SiteLayout.link(SiteLayout.tagIndex("zh-Hant"), SiteLayout.tagIndex("zh-Hans")));
        assertEquals("../parallel/a.html", SiteLayout.link("zh-Hant/a.html", SiteLayout.parallelPage("a")));
        assertEquals("a.epub", SiteLayout.link("zh-Hant/a.html", SiteLayout.book("zh-Hant", "a")));
        assertEquals("zh-Hant/a.html", SiteLayout.link(SiteLayout.HOME, "zh-Hant/a.html"));
        assertEquals("index.html", SiteLayout.link("parallel/a.html", "parallel/index.html"));
    }
}
