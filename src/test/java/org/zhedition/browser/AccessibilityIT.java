package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.verify.TwoArticleSite;

/**
 * axe-core finds no WCAG 2.2 AA or best-practice violation on any page, in the light and the dark
 * colour scheme, with all notes closed and with a glossary note open (closed notes are hidden,
 * so axe would not look at them). Checks site/ and the pages of a second article that shows images.
 */
class AccessibilityIT extends BrowserTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static Stream<Arguments> pagesInBothSchemes() {
        List<Path> all = new ArrayList<>(BuiltSite.pages());
        all.addAll(BuiltSite.pages(TwoArticleSite.root()).stream().filter(p -> p.toString().contains(TwoArticleSite.SLUG)).toList());
        return all.stream().distinct().flatMap(p -> Stream.of(Arguments.of(p, ColorScheme.LIGHT), Arguments.of(p, ColorScheme.DARK)));
    }

    static Stream<Arguments> pagesWithNotes() {
        return BuiltSite.pages().stream()
                .filter(p -> p.toString().contains("deepseek-shock"))
                .flatMap(p -> Stream.of(Arguments.of(p, ColorScheme.LIGHT), Arguments.of(p, ColorScheme.DARK)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesInBothSchemes")
    void noViolations(Path page, ColorScheme scheme) {
        try (BrowserContext context = context(scheme)) {
            Page p = context.newPage();
            p.navigate(page.toUri().toString());
            assertEquals(List.of(), violations(p), page + " in " + scheme);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesWithNotes")
    void noViolationsWithANoteOpen(Path page, ColorScheme scheme) {
        try (BrowserContext context = context(scheme)) {
            Page p = context.newPage();
            p.navigate(page.toUri().toString());
            p.locator("button.term").first().click();
            assertTrue((Boolean) p.evaluate("document.querySelectorAll(':popover-open').length === 1"),
                    "clicking a term opens its note");
            assertEquals(List.of(), violations(p), page + " in " + scheme + " with a note open");
        }
    }

    private BrowserContext context(ColorScheme scheme) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setColorScheme(scheme));
    }

    private static List<String> violations(Page p) {
        AxeResults r = new AxeBuilder(p).withTags(TAGS).analyze();
        List<String> out = new ArrayList<>();
        for (Rule v : r.getViolations()) {
            v.getNodes().forEach(n -> out.add(v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                    + n.getTarget() + " " + n.getFailureSummary()));
        }
        return out;
    }
}
