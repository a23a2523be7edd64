package org.zhedition.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.verify.TwoArticleSite;
import org.zhedition.browser.BuiltSite;

/** The e-book downloads pass EPUBCheck (W3C's conformance checker) and carry the notes as footnotes. */
class EpubIT {
    private static final String BOOK = TestProjects.SLUG + ".epub";

    static List<Path> books(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".epub")).sorted().toList();
        }
    }

    @Test
    void eachEditionOfEachArticleHasABook() throws IOException {
        List<String> names = books(BuiltSite.fixture()).stream().map(BuiltSite::name).toList();
        assertEquals(List.of("zh-Hans/" + BOOK, "zh-Hant/" + BOOK), names);
    }

    /**
     * Every book of the published site/ (whatever its articles), the fixture's (with notes) and
     * the two-article fixture's (with images), checked at once (EPUBCheck takes ~10 s a book).
     */
    @Test
    void epubCheckFindsNothingAndNotesArePopUpFootnotes() throws IOException {
        Path site = BuiltSite.fixture();
        List<Path> all = new ArrayList<>(books(BuiltSite.published()));
        List<String> langs = List.of("zh-Hant", "zh-Hans");
        langs.forEach(lang -> all.add(site.resolve(lang + "/" + BOOK)));
        langs.forEach(lang -> all.add(TwoArticleSite.root().resolve(lang + "/" + TwoArticleSite.SLUG + ".epub")));
        // The three-edition fixture's books (zh-TW among them), whatever editions content/ lists.
        all.addAll(books(BuiltSite.taiwan()));
        List<Process> running = all.stream().map(EpubIT::startCheck).toList();
        StringBuilder problems = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            String report = finish(running.get(i));
            if (!report.isEmpty()) {
                problems.append(all.get(i)).append(": ").append(report).append('\n');
            }
        }
        assertEquals("", problems.toString());
        for (String lang : langs) {
            try (ZipFile zip = new ZipFile(site.resolve(lang + "/" + BOOK).toFile())) {
                String x = new String(zip.getInputStream(zip.getEntry("EPUB/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
                int refs = count(x, "epub:type=\"noteref\"");
                int notes = count(x, "<aside epub:type=\"footnote\"");
                assertTrue(refs >= 3, lang + ": " + refs + " note references");
                assertEquals(refs, notes, lang);
                assertTrue(x.contains("xml:lang=\"" + lang + "\""), lang);
                String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(opf.contains("<dc:language>" + lang + "</dc:language>"), opf);
            }
            // A book carries the images its article shows, beside its text, and lists them.
            try (ZipFile zip = new ZipFile(TwoArticleSite.root().resolve(lang + "/" + TwoArticleSite.SLUG + ".epub").toFile())) {
                String x = new String(zip.getInputStream(zip.getEntry("EPUB/article.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
                String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
                for (String image : List.of("media/chip.png", "media/phone.svg")) {
                    assertTrue(x.contains("src=\"" + image + "\""), x);
                    assertTrue(opf.contains("href=\"" + image + "\""), opf);
                    assertArrayEquals(Files.readAllBytes(TwoArticleSite.root().resolve(image)),
                            zip.getInputStream(zip.getEntry("EPUB/" + image)).readAllBytes(), image);
                }
            }
        }
    }

    /**
     * Starts EPUBCheck in a JVM of its own (its Saxon-HE 11 cannot share the tests' classpath with
     * the HTML validator's Saxon-HE 9.6); the classpath comes from tools/epubcheck/pom.xml, resolved
     * by the build before the integration tests.
     */
    private static Process startCheck(Path book) {
        Path classpathFile = TestProjects.repository().resolve("target/epubcheck.classpath");
        try {
            String classpath = Files.readString(classpathFile).strip();
            return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=en", "-XX:TieredStopAtLevel=1", "-cp", classpath, "com.adobe.epubcheck.tool.Checker",
                    book.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run EPUBCheck (" + classpathFile + " is written by 'mvn verify')", e);
        }
    }

    /** EPUBCheck's report, or "" when it found nothing at all to report. */
    private static String finish(Process p) throws IOException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "EPUBCheck did not finish\n" + out;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        boolean clean = p.exitValue() == 0 && out.contains("Messages: 0 fatals / 0 errors / 0 warnings");
        return clean ? "" : "exit " + p.exitValue() + "\n" + out;
    }

    private static int count(String s, String what) {
        return (int) Pattern.compile(Pattern.quote(what)).matcher(s).results().count();
    }
}
