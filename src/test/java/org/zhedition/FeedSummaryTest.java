package org.zhedition;

import org.zhedition.build.Build;
import org.zhedition.build.Report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build summary says whether feeds were written, and when not, how to get them. */
class FeedSummaryTest {
    private static Report build(Path dir, String baseUrl) throws IOException {
        TestProjects.copyTree(TestProjects.repository().resolve("src/test/resources/fixtures/dated-site/content"),
                dir.resolve("content"));
        TestProjects.copyTree(TestProjects.repository().resolve("templates"), dir.resolve("templates"));
        Path site = dir.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("base_url: \"\"", "base_url: \"" + baseUrl + "\""));
        return Build.run(dir.resolve("content"), dir.resolve("templates")).report();
    }

    @Test
    void withoutABaseUrlTheSummarySaysFeedsWereSkippedAndWhy(@TempDir Path dir) throws IOException {
        String summary = build(dir, "").summary(0);
        assertTrue(summary.contains("feeds skipped: set base_url in content/site.yaml"), summary);
    }

    @Test
    void withABaseUrlTheSummaryCountsTheFeeds(@TempDir Path dir) throws IOException {
        String summary = build(dir, "https://user.github.io/repo/").summary(0);
        assertTrue(summary.contains("2 Atom feeds") && !summary.contains("skipped"), summary);
    }
}
