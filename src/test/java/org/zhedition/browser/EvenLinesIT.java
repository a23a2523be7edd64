package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Even lines: no line of an article page (every edition, and every parallel view) has visible
 * extra space between its Han characters, on screen (320, 360 and 1280 px, light and dark) and on
 * paper (print emulation at 1280 px and at the width of an A4 page's text, with and without
 * JavaScript: without it each note is printed inside the text). Every line of every paragraph is
 * measured, whatever its alignment, with no exemption.
 *
 * <p>The extra space of a line is measured where it shows: for three Han characters in a row in one
 * text node, the advance of the middle one (from its left edge to the next one's) less one em of its
 * font size. Justification spreads a line's slack over every gap, so one stretched line shows in all
 * its gaps; a Han character after Latin text carries the Han–Latin space (text-autospace) in its
 * advance, which is why the first of the three is not measured.
 *
 * <p>Why the text is ragged, not justified: a Latin word or a number inside Chinese text cannot
 * break (Chromium has no hyphenation for it there), and Chromium justifies only by widening gaps,
 * never by compressing punctuation per line, so the line before one was spread up to 0.18 em.
 * Reinstating {@code text-align: justify} fails this test. The test prints each page's raggedness
 * (the gap between a line's end and the paragraph's edge, in em) so the cost of the choice is seen.
 */
class EvenLinesIT extends BrowserTest {
    /** The most extra space between two Han characters of a justified line, in em. */
    static final double BOUND = 0.05;
    /** The width of an A4 page's text at the print margins: 210 mm less 2 × 18 mm, in CSS px (96 to the inch). */
    static final int A4_TEXT = 658;

    record Mode(String name, int width, Media media, ColorScheme scheme, boolean javaScript) {
    }

    static final List<Mode> MODES = List.of(
            new Mode("screen 1280 light", 1280, Media.SCREEN, ColorScheme.LIGHT, true),
            new Mode("screen 1280 dark", 1280, Media.SCREEN, ColorScheme.DARK, true),
            new Mode("screen 360 light", 360, Media.SCREEN, ColorScheme.LIGHT, true),
            new Mode("screen 360 dark", 360, Media.SCREEN, ColorScheme.DARK, true),
            new Mode("screen 320 light", 320, Media.SCREEN, ColorScheme.LIGHT, true),
            new Mode("screen 320 dark", 320, Media.SCREEN, ColorScheme.DARK, true),
            new Mode("print 1280", 1280, Media.PRINT, ColorScheme.LIGHT, true),
            new Mode("print A4", A4_TEXT, Media.PRINT, ColorScheme.LIGHT, true),
            new Mode("print A4 without JavaScript", A4_TEXT, Media.PRINT, ColorScheme.LIGHT, false));

    /**
     * Every line of every paragraph in main: [block id, line, extra em, last line?, start of next
     * line, end of line, gap at the line's end in em].
     */
    static final String LINES = """
            () => {
              const han = /\\p{Script=Han}/u;
              const out = [];
              const paragraphs = [...document.querySelectorAll('main p')]
                .filter(p => p.getClientRects().length);
              for (const p of paragraphs) {
                const chars = [];
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  if (!t.parentElement.getClientRects().length) { continue; }
                  const size = parseFloat(getComputedStyle(t.parentElement).fontSize);
                  for (let i = 0; i < t.data.length; i++) {
                    const r = document.createRange();
                    r.setStart(t, i);
                    r.setEnd(t, i + 1);
                    const box = r.getClientRects();
                    if (box.length === 1 && box[0].width > 0) {
                      chars.push({node: t, c: t.data[i], x: box[0].left, right: box[0].right, mid: (box[0].top + box[0].bottom) / 2, size});
                    }
                  }
                }
                const lines = [];
                for (const ch of chars) {
                  let line = lines.find(l => Math.abs(l.mid - ch.mid) < ch.size * 0.5);
                  if (!line) { line = {mid: ch.mid, chars: []}; lines.push(line); }
                  line.chars.push(ch);
                }
                lines.sort((a, b) => a.mid - b.mid);
                const box = p.getBoundingClientRect();
                const edge = box.right - parseFloat(getComputedStyle(p).paddingRight);
                const em = parseFloat(getComputedStyle(p).fontSize);
                lines.forEach((l, n) => {
                  let extra = 0;
                  for (let i = 0; i + 2 < l.chars.length; i++) {
                    const [a, b, c] = [l.chars[i], l.chars[i + 1], l.chars[i + 2]];
                    if (han.test(a.c) && han.test(b.c) && han.test(c.c) && a.node === b.node && b.node === c.node && c.x > b.x) {
                      extra = Math.max(extra, (c.x - b.x) / b.size - 1);
                    }
                  }
                  const next = n + 1 < lines.length ? lines[n + 1].chars.slice(0, 4).map(c => c.c).join('') : '';
                  out.push([p.id || (p.closest('[id]') || {id: '?'}).id, n + 1, extra, n === lines.length - 1,
                    next, l.chars.slice(-8).map(c => c.c).join(''),
                    (edge - Math.max(...l.chars.map(c => c.right))) / em]);
                });
              }
              return out;
            }""";

    /**
     * Article pages (those with a body or a parallel view) of the fixture projects' sites: the
     * two-edition fixture (two editions, one parallel view) and the Taiwan fixture (three editions,
     * three parallel pairs). Not site/: it is built from the editor's content/, and a typographic
     * measure of today's article must not fail the editor's build tomorrow (validity and
     * accessibility of site/ are checked elsewhere).
     */
    static Stream<Path> articlePages() {
        List<Path> fixture = BuiltSite.pages(BuiltSite.fixture()).stream().filter(EvenLinesIT::isArticle).toList();
        List<Path> taiwan = BuiltSite.pages(BuiltSite.taiwan()).stream().filter(EvenLinesIT::isArticle).toList();
        if (fixture.size() != 3 || taiwan.size() != 6) {
            throw new IllegalStateException("expected 2 editions + 1 parallel view and 3 editions + 3 parallel views, found "
                    + fixture + " and " + taiwan);
        }
        return Stream.concat(fixture.stream(), taiwan.stream());
    }

    private static boolean isArticle(Path page) {
        try {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            return html.contains("data-edition-page=") && (html.contains("class=\"body\"") || html.contains("class=\"parallel\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articlePages")
    void noLineIsStretched(Path page) {
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int measured = 0;
        for (Mode mode : MODES) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(mode.width(), 900).setColorScheme(mode.scheme()).setJavaScriptEnabled(mode.javaScript()))) {
                Page p = context.newPage();
                p.navigate(page.toUri().toString());
                p.waitForLoadState();
                p.emulateMedia(new Page.EmulateMediaOptions().setMedia(mode.media()));
                double max = 0;
                List<Double> gaps = new ArrayList<>();
                int lines = 0;
                for (Object o : (List<?>) p.evaluate(LINES)) {
                    List<?> line = (List<?>) o;
                    lines++;
                    double extra = ((Number) line.get(2)).doubleValue();
                    max = Math.max(max, extra);
                    if (!Boolean.TRUE.equals(line.get(3))) {
                        gaps.add(((Number) line.get(6)).doubleValue());
                    }
                    if (extra > BOUND) {
                        failures.add(mode.name() + ", " + line.get(0) + " line " + line.get(1) + " (…" + line.get(5) + " ⏎ "
                                + line.get(4) + "…): " + String.format(Locale.ROOT, "%.3f em", extra));
                    }
                }
                measured += lines;
                gaps.sort(null);
                double median = gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2);
                double widest = gaps.isEmpty() ? 0 : gaps.get(gaps.size() - 1);
                report.append(String.format(Locale.ROOT, "%n  %-28s %4d lines, max extra %.3f em; ragged edge median %.2f em, widest %.2f em",
                        mode.name(), lines, max, median, widest));
            }
        }
        System.out.println("EvenLinesIT " + BuiltSite.name(page) + report);
        assertTrue(measured > 0, "a page with no line measures nothing: " + page);
        assertEquals(List.of(), failures, BuiltSite.name(page) + ": lines with more than " + BOUND + " em between Han characters");
    }
}
