package org.zhedition;

import org.zhedition.build.Build;
import org.zhedition.build.Report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.bench.Corpus;

/**
 * The command's incremental build keeps an article's pages and e-books from the previous site
 * when the article, the templates and its images did not change, and the files are still there
 * byte for byte; whatever changed, the site is byte for byte the site a full build makes.
 */
class KeptPagesTest {
    private static final int ARTICLES = 3;

    @TempDir
    Path root;

    @BeforeEach
    void project() throws IOException {
        Corpus.write(root, ARTICLES);
        // The second-article fixture shows two images; the e-books carry them.
        TestProjects.withSecondArticle(root);
    }

    private Report incremental() {
        return Build.site(root, true);
    }

    /** The site as a full build makes it from the same inputs, in a copy of the project. */
    private SortedMap<String, byte[]> fullBuild() {
        Path copy = root.resolveSibling(root.getFileName() + "-full");
        TestProjects.copyTree(root.resolve("content"), copy.resolve("content"));
        TestProjects.copyTree(root.resolve("templates"), copy.resolve("templates"));
        Build.site(copy, false);
        return tree(copy.resolve("site"));
    }

    private static SortedMap<String, byte[]> tree(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void assertSameAsFullBuild() {
        SortedMap<String, byte[]> expected = fullBuild();
        SortedMap<String, byte[]> actual = tree(root.resolve("site"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " differs from a full build"));
    }

    private void edit(String rel, String from, String to) throws IOException {
        Path f = root.resolve(rel);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(from + " not in " + rel);
        }
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void unchangedArticlesKeepTheirPagesAndAnEditedOneIsMadeAgain() throws IOException {
        assertEquals(0, incremental().count("pages kept"), "first build: nothing to keep");
        assertEquals(ARTICLES + 1, incremental().count("pages kept"), "nothing changed: every article kept");
        assertSameAsFullBuild();
        edit("content/articles/" + Corpus.slug(2) + ".md", "本文是測試語料的第", "（修訂）本文是測試語料的第");
        Report r = incremental();
        assertEquals(ARTICLES, r.count("pages kept"), "only the edited article is made again");
        assertEquals(1, r.count("converted"));
        assertSameAsFullBuild();
    }

    @Test
    void aTemplateEditMakesEveryPageAgain() throws IOException {
        incremental();
        edit("templates/article.peb", "<h1>{{ article.title }}</h1>", "<h1 class=\"title\">{{ article.title }}</h1>");
        Report r = incremental();
        assertEquals(0, r.count("pages kept"));
        assertEquals(0, r.count("converted"), "a template edit needs no reconversion");
        assertSameAsFullBuild();
    }

    @Test
    void aChangedImageMakesItsArticlesBooksAgain() throws IOException {
        incremental();
        Path svg = root.resolve("content/media/phone.svg");
        Files.writeString(svg, Files.readString(svg).replace("#9cf", "#fc9"));
        assertEquals(ARTICLES, incremental().count("pages kept"), "the other articles are kept");
        assertSameAsFullBuild();
    }

    @Test
    void aPageChangedByHandInSiteIsMadeAgain() throws IOException {
        incremental();
        Path page = root.resolve("site/zh-Hans/" + Corpus.slug(1) + ".html");
        Files.writeString(page, Files.readString(page).replace("</h1>", "（手改）</h1>"));
        assertEquals(ARTICLES, incremental().count("pages kept"));
        assertSameAsFullBuild();
    }

    /** A record that does not list exactly the article's five files is not trusted. */
    @Test
    void aDamagedRecordIsNotTrusted() throws IOException {
        incremental();
        Path record = root.resolve(".cache/articles/" + Corpus.slug(1) + ".pages");
        Files.write(record, Files.readAllLines(record).stream().filter(l -> !l.contains(".epub")).toList());
        // Nothing else changed, so the site stamp alone would end the build: without it the records are read.
        Files.delete(root.resolve(".cache/site.stamp"));
        assertEquals(ARTICLES, incremental().count("pages kept"));
        assertSameAsFullBuild();
    }

    /**
     * A fingerprint holds the keys of the bytes it read when it was taken, not of the files as
     * they are later: the build takes it before reading its inputs, so an article saved during a
     * build is keyed by its old bytes and made again by the next build.
     */
    @Test
    void aFingerprintKeysTheBytesItReadNotTheFileAsItIsLater() throws IOException {
        Path content = root.resolve("content");
        var taken = org.zhedition.incremental.Fingerprint.of(content);
        String rel = "content/articles/" + Corpus.slug(1) + ".md";
        String original = Files.readString(root.resolve(rel));
        edit(rel, "本文是測試語料的第", "（存檔）本文是測試語料的第");
        var article = org.zhedition.content.ContentLoader.load(content).articles().stream()
                .filter(a -> a.slug().equals(Corpus.slug(1))).findFirst().orElseThrow();
        assertNotEquals(org.zhedition.incremental.Fingerprint.of(content).of(article), taken.of(article));
        Files.writeString(root.resolve(rel), original);
        assertEquals(org.zhedition.incremental.Fingerprint.of(content).of(article), taken.of(article),
                "the key taken before the edit is the key of the original bytes");
    }

    /** The files of the site with their identity and time: a build that does nothing leaves them all alone. */
    private SortedMap<String, String> stat() {
        SortedMap<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root.resolve("site"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                var a = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                out.put(root.resolve("site").relativize(f).toString(), a.fileKey() + " " + a.lastModifiedTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aBuildWithNothingChangedDoesNothingAndSaysWhatTheLastOneSaid() throws IOException {
        Report first = incremental();
        SortedMap<String, String> before = stat();
        Report second = incremental();
        assertEquals(1, second.count(Report.UP_TO_DATE), "nothing changed: up to date");
        assertEquals(0, first.count(Report.UP_TO_DATE));
        assertEquals(first.warnings(), second.warnings(), "the warnings of the build that made the site, again");
        assertEquals(first.details(), second.details());
        assertEquals(first.count("files"), second.count("files"));
        assertEquals(ARTICLES + 1, second.count("pages kept"));
        assertEquals(0, second.count("converted"));
        assertEquals(before, stat(), "no file of site/ was written, linked or replaced");
        assertTrue(second.summary(5).startsWith("Nothing changed since the last build"), second.summary(5));
        assertSameAsFullBuild();
        assertEquals(0, Build.site(root, false).count(Report.UP_TO_DATE), "--full always builds");
        assertEquals(1, incremental().count(Report.UP_TO_DATE), "and leaves a stamp the next build trusts");
    }

    /** A hand edit of the same length is seen by the file's time, without reading the file. */
    @Test
    void aPageChangedByHandToTheSameLengthIsMadeAgain() throws IOException {
        incremental();
        Path page = root.resolve("site/zh-Hant/" + Corpus.slug(1) + ".html");
        long size = Files.size(page);
        Files.writeString(page, Files.readString(page).replace("</h1>", "!</h1>").replaceFirst("\\n", ""));
        assertEquals(size, Files.size(page), "the same length");
        Report r = incremental();
        assertEquals(0, r.count(Report.UP_TO_DATE));
        assertEquals(ARTICLES, r.count("pages kept"));
        assertSameAsFullBuild();
    }

    @Test
    void aFileRemovedFromOrAddedToSiteByHandIsRepaired() throws IOException {
        incremental();
        Files.delete(root.resolve("site/zh-Hans/" + Corpus.slug(2) + ".html"));
        assertEquals(0, incremental().count(Report.UP_TO_DATE));
        assertSameAsFullBuild();
        Files.writeString(root.resolve("site/zh-Hans/extra.html"), "<p>x</p>");
        assertEquals(0, incremental().count(Report.UP_TO_DATE));
        assertSameAsFullBuild();
        assertEquals(1, incremental().count(Report.UP_TO_DATE));
    }

    /** Any input counts: the glossary, a template, an image no article shows, a new file. */
    @Test
    void anyChangedInputMeansABuild() throws IOException {
        incremental();
        edit("templates/article.peb", "<h1>{{ article.title }}</h1>", "<h1 class=\"title\">{{ article.title }}</h1>");
        assertEquals(0, incremental().count(Report.UP_TO_DATE));
        assertSameAsFullBuild();
        Files.write(root.resolve("content/media/unused.png"), Files.readAllBytes(root.resolve("content/media/phone.svg")));
        Report r = incremental();
        assertEquals(0, r.count(Report.UP_TO_DATE));
        assertSameAsFullBuild();
        Path glossary = root.resolve("content/glossary.yaml");
        Files.writeString(glossary, Files.readString(glossary) + "\n");
        assertEquals(0, incremental().count(Report.UP_TO_DATE));
        assertSameAsFullBuild();
        assertEquals(1, incremental().count(Report.UP_TO_DATE));
    }

    /** A failed build leaves site/ and the stamp as they were: put the input back and nothing is left to do. */
    @Test
    void afterAFailedBuildTheRevertedInputsAreUpToDate() throws IOException {
        incremental();
        String rel = "content/articles/" + Corpus.slug(1) + ".md";
        String original = Files.readString(root.resolve(rel));
        Files.writeString(root.resolve(rel), original.replaceFirst("title:", "title: [broken"));
        assertThrows(RuntimeException.class, this::incremental);
        Files.writeString(root.resolve(rel), original);
        assertEquals(1, incremental().count(Report.UP_TO_DATE));
        assertSameAsFullBuild();
    }

    /*
     * The archive (issue 15): an article's pages show its neighbours by date (title, date) and
     * link to its tags, and the tag pages list the articles. The order of the corpus: hello-world
     * (2025-02-03), then the three copies of 2025-01-28 by file name.
     */

    @Test
    void aChangedDateMovesTheArticleAndMakesItsOldAndNewNeighboursPagesAgain() throws IOException {
        incremental();
        edit("content/articles/" + Corpus.slug(3) + ".md", "date: 2025-01-28", "date: 2025-02-10");
        Report r = incremental();
        // Now slug(3), hello-world, slug(1), slug(2): only slug(1) has the same neighbours.
        assertEquals(1, r.count("pages kept"), "the moved article and its old and new neighbours are made again");
        assertSameAsFullBuild();
        String moved = Files.readString(root.resolve("site/zh-Hant/" + Corpus.slug(3) + ".html"));
        assertTrue(moved.contains("rel=\"prev\" href=\"hello-world.html\""), "its older neighbour is hello-world");
        assertFalse(moved.contains("rel=\"next\""), "it is the newest");
    }

    @Test
    void aChangedTitleMakesTheNeighboursPagesAgain() throws IOException {
        incremental();
        edit("content/articles/" + Corpus.slug(2) + ".md", "title: DeepSeek衝擊", "title: 新標題：DeepSeek衝擊");
        Report r = incremental();
        assertEquals(1, r.count("pages kept"), "only hello-world, two away, shows nothing of it");
        assertSameAsFullBuild();
        assertTrue(Files.readString(root.resolve("site/zh-Hans/" + Corpus.slug(1) + ".html")).contains("新标题：DeepSeek冲击"));
    }

    @Test
    void aChangedKeywordChangesTheTagPagesAndOnlyItsOwnArticlePages() throws IOException {
        incremental();
        edit("content/articles/" + Corpus.slug(1) + ".md", "keywords: [DeepSeek,", "keywords: [新標籤, DeepSeek,");
        Report r = incremental();
        assertEquals(ARTICLES, r.count("pages kept"), "its neighbours show no keyword");
        assertSameAsFullBuild();
        String slug = org.zhedition.edition.Tags.slug("新标签");
        assertTrue(Files.exists(root.resolve("site/zh-Hant/tags/" + slug + ".html")));
        assertTrue(Files.readString(root.resolve("site/zh-Hant/tags/index.html")).contains("新標籤"));
        edit("content/articles/" + Corpus.slug(1) + ".md", "keywords: [新標籤, DeepSeek,", "keywords: [DeepSeek,");
        incremental();
        assertSameAsFullBuild();
        assertFalse(Files.exists(root.resolve("site/zh-Hant/tags/" + slug + ".html")), "a tag no article carries has no page");
    }
}
