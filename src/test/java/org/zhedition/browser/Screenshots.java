package org.zhedition.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves the README's screenshots (docs/screenshots/*.png) of both editions, the parallel view and
 * the search box with results (a Simplified query on the Traditional page and the reverse)
 * on a phone (360×740) and a desktop (1280×800), of the fixture project's article, and of the
 * archive of the 100-article fixture ({@code archive-*.png}), and of the Taiwan edition of the
 * three-edition fixture ({@code zh-TW-*.png}) (built into
 * target/, so the screenshots do not depend on what content/ holds). Not a test: run it when
 * the look changes, with {@code mvn -q -DskipTests package} then
 * {@code mvn -q exec:java -Dexec.mainClass=org.zhedition.browser.Screenshots -Dexec.classpathScope=test -Dexec.args=.}
 * (the same page and size give the same bytes, so unchanged screenshots show no diff).
 */
public final class Screenshots {
    private static final String SLUG = org.zhedition.TestProjects.SLUG + ".html";

    private Screenshots() {
    }

    /** A page at a size; with a query, typed into the search box before the shot. */
    private record Shot(String name, String page, int width, int height, String query) {
        Shot(String name, String page, int width, int height) {
            this(name, page, width, height, null);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        System.setProperty("project.root", root.toString());
        Path out = root.resolve("docs/screenshots");
        Files.createDirectories(out);
        List<Shot> shots = List.of(
                new Shot("zh-Hant-phone", "zh-Hant/" + SLUG, 360, 740),
                new Shot("zh-Hans-phone", "zh-Hans/" + SLUG, 360, 740),
                new Shot("parallel-phone", "parallel/" + SLUG, 360, 740),
                new Shot("zh-Hant-desktop", "zh-Hant/" + SLUG, 1280, 800),
                new Shot("zh-Hans-desktop", "zh-Hans/" + SLUG, 1280, 800),
                new Shot("parallel-desktop", "parallel/" + SLUG, 1280, 800),
                new Shot("search-phone", "zh-Hant/" + SLUG, 360, 740, "芯片"),
                new Shot("search-desktop", "zh-Hans/" + SLUG, 1280, 800, "蒸餾"));
        // The archive: the 100-article fixture's home page, a tag page and an article with its
        // table of contents and links to its neighbours.
        List<Shot> archive = List.of(
                new Shot("archive-home-desktop", "index.html", 1280, 800),
                new Shot("archive-tag-phone", "zh-Hant/tags/deepseek.html", 360, 740),
                new Shot("archive-article-phone", "zh-Hant/" + org.zhedition.ArchiveFixture.slug(2) + ".html", 360, 1400));
        // The Taiwan edition, from the three-edition fixture.
        List<Shot> taiwan = List.of(
                new Shot("zh-TW-phone", "zh-TW/" + SLUG, 360, 740),
                new Shot("zh-TW-desktop", "zh-TW/" + SLUG, 1280, 800));
        try (Chromium chromium = Chromium.launch()) {
            for (Shot s : taiwan) {
                shoot(chromium, root, out, s, BuiltSite.taiwan());
            }
            for (Shot s : archive) {
                shoot(chromium, root, out, s, org.zhedition.ArchiveFixture.site());
            }
            for (Shot s : shots) {
                shoot(chromium, root, out, s, BuiltSite.fixture());
            }
        }
    }

    private static void shoot(Chromium chromium, Path root, Path out, Shot s, Path site) throws IOException {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(s.width(), s.height()).setDeviceScaleFactor(1))) {
            Page page = context.newPage();
            page.navigate(site.resolve(s.page()).toUri().toString());
            page.waitForLoadState();
            if (s.query() != null) {
                page.locator("#site-search").click();
                page.locator("#site-search").fill(s.query());
                page.waitForSelector("#site-search-results li");
                page.waitForTimeout(200);
            }
            Path file = out.resolve(s.name() + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
            System.out.println(root.relativize(file) + " " + Files.size(file) + " bytes");
        }
    }
}
