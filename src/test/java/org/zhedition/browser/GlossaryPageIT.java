package org.zhedition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhedition.TestProjects;
import org.zhedition.input.TextFile;
import org.zhedition.glossary.Glossary;
import org.zhedition.glossary.GlossaryBuildIT;
import org.zhedition.glossary.GlossaryParser;
import org.zhedition.glossary.Term;

/**
 * Each edition's glossary page on the fixture's built site: every entry in the editor's order, with its
 * English, and links back to every place it is annotated, each landing on that term's button.
 */
class GlossaryPageIT {
    private static final Pattern ENTRY = Pattern.compile("<div class=\"entry\" id=\"([a-z0-9-]+)\">(.*?)</div>", Pattern.DOTALL);
    private static final Pattern USE = Pattern.compile("<a href=\"([a-z0-9-]+)\\.html#(t\\d+)\">([^<]*)</a>");

    private static Glossary glossary() {
        Path file = TestProjects.fixtureContent().resolve("glossary.yaml");
        return GlossaryParser.parse(TextFile.read(file), file);
    }

    private static String read(String path) throws IOException {
        return Files.readString(BuiltSite.fixture().resolve(path), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void everyEntryInTheEditorsOrderWithItsEnglishAndBacklinksToEveryAnnotatedPlace(String edition) throws IOException {
        String page = read(edition + "/glossary.html");
        List<String> ids = new ArrayList<>();
        Map<String, String> bodies = new TreeMap<>();
        Matcher e = ENTRY.matcher(page);
        while (e.find()) {
            ids.add(e.group(1));
            bodies.put(e.group(1), e.group(2));
        }
        Glossary g = glossary();
        assertEquals(g.terms().stream().map(Term::id).toList(), ids, "entries and their order");
        for (Term t : g.terms()) {
            assertTrue(bodies.get(t.id()).contains("<span class=\"en\" lang=\"en\">" + t.en().replace("&", "&amp;")
                    .replace("'", "&#39;").replace("\"", "&quot;") + "</span>"), t.id() + " shows its English");
        }
        // Backlinks: one for every marked term on every article page, each to the right term in the right paragraph.
        TreeSet<String> linked = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, GlossaryBuildIT.Mark>> articles = new TreeMap<>();
        for (String id : ids) {
            Matcher u = USE.matcher(bodies.get(id));
            while (u.find()) {
                String slug = u.group(1);
                Map<String, GlossaryBuildIT.Mark> marks = articles.computeIfAbsent(slug, s -> marks(edition + "/" + s + ".html"));
                GlossaryBuildIT.Mark m = marks.get(u.group(2));
                if (m == null) {
                    problems.add(id + ": " + u.group(0) + " lands on no term");
                } else if (!m.term().equals(id)) {
                    problems.add(id + ": " + u.group(0) + " lands on " + m.term());
                } else if (!u.group(3).equals("第" + m.block().substring(1) + "段")) {
                    problems.add(id + ": " + u.group(0) + " but the term is in " + m.block());
                }
                linked.add(slug + "#" + u.group(2));
            }
        }
        assertEquals(List.of(), problems);
        TreeSet<String> marked = new TreeSet<>();
        for (Path p : BuiltSite.pages(BuiltSite.fixture())) {
            String name = BuiltSite.name(p);
            // The edition's article pages (not its glossary, nor the tag pages under tags/).
            if (name.startsWith(edition + "/") && !name.endsWith("/glossary.html") && name.indexOf('/', edition.length() + 1) < 0) {
                String slug = name.substring(edition.length() + 1, name.length() - 5);
                marks(name).keySet().forEach(t -> marked.add(slug + "#" + t));
            }
        }
        assertTrue(!marked.isEmpty());
        assertEquals(marked, linked, "every marked place has exactly one backlink");
    }

    private static Map<String, GlossaryBuildIT.Mark> marks(String path) {
        try {
            Map<String, GlossaryBuildIT.Mark> out = new TreeMap<>();
            GlossaryBuildIT.marks(read(path)).forEach(m -> out.put("t" + m.number(), m));
            return out;
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    /** Following a backlink in the browser lands on, and shows, the term's button. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-Hans"})
    void aBacklinkLandsOnTheTermInTheBrowser(String edition) {
        try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(BuiltSite.fixture().resolve(edition + "/glossary.html").toUri().toString());
            int links = page.locator(".uses a").count();
            assertTrue(links > 0);
            String href = page.locator(".uses a").nth(links - 1).getAttribute("href");
            page.locator(".uses a").nth(links - 1).click();
            page.waitForURL("**/" + href);
            page.waitForLoadState();
            assertEquals(true, page.evaluate("document.querySelector(':target').matches('button.term')"));
            // Scrolling may be smooth: wait until the term has come into view.
            page.waitForFunction("() => { const r = document.querySelector(':target').getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= innerHeight; }", null,
                    new Page.WaitForFunctionOptions().setTimeout(5000));
        }
    }
}
