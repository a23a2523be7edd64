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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.TestProjects;
import org.zhedition.verify.TwoArticleSite;

/**
 * axe-core finds no WCAG 2.2 AA or best-practice violation on any page, in the light and the dark
 * colour scheme, with all notes closed and with a glossary note open (closed notes are hidden,
 * so axe would not look at them). Checks every page of site/ (whatever it holds), the pages of a
 * second article that shows images, and, with a note open, every page of site/ that has notes
 * and the fixture's article pages (so that the open-note check never runs on nothing).
 */
class AccessibilityIT extends BrowserTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static Stream<Arguments> pagesInBothSchemes() {
        List<Path> all = new ArrayList<>(BuiltSite.pages());
        all.addAll(BuiltSite.pages(TwoArticleSite.root()).stream().filter(p -> p.toString().contains(TwoArticleSite.SLUG)).toList());
        all.addAll(org.zhedition.ArchiveFixture.samplePages());
        // The Taiwan edition of the three-edition fixture (article, glossary, tag index) and the
        // parallel view of the Hong Kong/Taiwan pair, whatever editions content/ lists.
        Path taiwan = BuiltSite.taiwan();
        all.addAll(List.of(taiwan.resolve("zh-TW/" + TestProjects.SLUG + ".html"), taiwan.resolve("zh-TW/glossary.html"),
                taiwan.resolve("zh-TW/tags/index.html"), taiwan.resolve("parallel/" + TestProjects.SLUG + ".zh-Hant.zh-TW.html")));
        return all.stream().distinct().flatMap(p -> Stream.of(Arguments.of(p, ColorScheme.LIGHT), Arguments.of(p, ColorScheme.DARK)));
    }

    static Stream<Arguments> pagesWithNotes() {
        List<Path> fixture = BuiltSite.pages(BuiltSite.fixture()).stream().filter(AccessibilityIT::hasNotes).toList();
        if (fixture.size() < 3) {
            throw new IllegalStateException("the fixture's article pages have no notes: " + fixture);
        }
        return Stream.concat(BuiltSite.pages().stream().filter(AccessibilityIT::hasNotes), fixture.stream())
                .flatMap(p -> Stream.of(Arguments.of(p, ColorScheme.LIGHT), Arguments.of(p, ColorScheme.DARK)));
    }

    private static boolean hasNotes(Path page) {
        try {
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).selectFirst("button.term") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            p.locator(".term-word").first().click();
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
