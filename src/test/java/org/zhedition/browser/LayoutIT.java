package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No page scrolls sideways, from a 320 px phone to a 1280 px desktop, in light and dark. */
class LayoutIT extends BrowserTest {
    private static final int[] WIDTHS = {320, 360, 1280};

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noHorizontalScrolling(Path page) {
        List<String> overflows = new ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setColorScheme(scheme))) {
                Page p = context.newPage();
                for (int width : WIDTHS) {
                    p.setViewportSize(width, 740);
                    p.navigate(page.toUri().toString());
                    p.waitForLoadState();
                    List<?> m = (List<?>) p.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth,"
                            + " Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > innerWidth + 0.5"
                            + " && !e.closest('.table-wrap') && getComputedStyle(e).position !== 'fixed').slice(0, 3)"
                            + ".map(e => e.tagName + '.' + e.className).join(' ')]");
                    int scrollWidth = ((Number) m.get(0)).intValue();
                    int innerWidth = ((Number) m.get(1)).intValue();
                    if (scrollWidth > innerWidth) {
                        overflows.add(scheme + " " + width + " px: scrollWidth " + scrollWidth + " > " + innerWidth + " (" + m.get(2) + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), overflows, BuiltSite.name(page));
    }
}
