package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;

/**
 * What a reader does on a page, for the browser tests that follow one through the editions:
 * read a paragraph, tap a link where it is on screen, arrive at an address, and find the paragraph
 * still in view. One place, so every test waits for a page to settle the same way (an arrival may
 * scroll smoothly; a test that scrolls before that ends is overruled by the browser).
 */
final class Reader {
    private Reader() {
    }

    /** Scrolls {@code id} to just under the sticky bar, as a reader reading it would have it. */
    static void readAt(Page page, String id) {
        page.evaluate("id => { const e = document.getElementById(id);"
                + " const bar = document.querySelector('.bar').getBoundingClientRect().bottom;"
                + " window.scrollTo({ top: window.scrollY + e.getBoundingClientRect().top - bar - 4, behavior: 'instant' }); }", id);
    }

    /**
     * A reader's click where the link is on screen. Playwright's own click first scrolls its
     * target "into view", and for a link in a sticky bar Chromium scrolls towards the bar's place
     * in the flow (the top of the page), which would move the reader before the switch reads the place.
     */
    static void tap(Page page, String selector) {
        var box = page.locator(selector).boundingBox();
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
    }

    static void arrive(Page page, String ending) {
        try {
            page.waitForURL(u -> u.endsWith(ending), new Page.WaitForURLOptions().setTimeout(5000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("expected an address ending in " + ending + ", at " + page.url(), e);
        }
    }

    static void assertReading(Page page, String id) {
        String where = "id => { const r = document.getElementById(id).getBoundingClientRect();"
                + " const bar = document.querySelector('.bar').getBoundingClientRect().bottom;"
                + " return [r.top, r.bottom, bar, innerHeight, scrollY]; }";
        // Arrival may scroll smoothly: wait until the page has been still for a few frames.
        page.waitForFunction("() => new Promise(done => { let last = -1, still = 0; (function frame() {"
                + " if (scrollY === last) { still++; } else { still = 0; last = scrollY; }"
                + " if (still >= 10) { done(true); } else { requestAnimationFrame(frame); } })(); })");
        try {
            page.waitForFunction("id => { const r = document.getElementById(id).getBoundingClientRect();"
                    + " const bar = document.querySelector('.bar').getBoundingClientRect().bottom;"
                    + " return r.bottom > bar && r.top < innerHeight / 2; }", id,
                    new Page.WaitForFunctionOptions().setTimeout(5000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError(id + " not in view: [top, bottom, bar, innerHeight, scrollY] = " + page.evaluate(where, id), e);
        }
        Object first = page.evaluate("() => { const bar = document.querySelector('.bar').getBoundingClientRect().bottom;"
                + " return Array.from(document.querySelectorAll('.body > [id]')).find(b => b.getBoundingClientRect().bottom > bar + 8).id; }");
        assertEquals(id, first, "the first block under the bar");
    }
}
