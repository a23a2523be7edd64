package org.zhedition.script;

import org.zhedition.edition.ConvertedArticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhedition.TestProjects;
import org.zhedition.content.Article;
import org.zhedition.content.Content;

/**
 * The fixture article's Simplified edition is the reference OpenCC ({@code opencc -c hk2s.json},
 * OpenCC 1.4.x, output kept beside the fixture in src/test/resources/projects/deepseek/reference/
 * with the version in opencc-version.txt; see regenerate.sh there) except where the fixture's
 * rules apply.
 *
 * <p>The expected text is built from the reference alone, without the converter: walk the source;
 * where a rule phrase starts (longest first), expect the rule's Simplified text; elsewhere expect
 * the reference's character at the same position (hk2s keeps the length on this article; the
 * test checks that), with the edition's quotation marks. Any drift of the converter, the rules,
 * their positions or counts, or the punctuation fails the test.
 */
class SimplifiedReferenceTest {
    private static final Path REFERENCE = TestProjects.fixture().resolve("reference");
    private static final Map<Character, Character> MAINLAND_QUOTES = Map.of('「', '“', '」', '”', '『', '‘', '』', '’');

    private final Content content = FixtureContent.content();
    private final Article article = FixtureContent.article(content);
    private final ConversionLog log = new ConversionLog();
    private final ConvertedArticle hans = FixtureContent.convert(Script.HANS, log);
    private final Map<Rule, Long> expectedUses = new LinkedHashMap<>();

    private static String read(String name) throws IOException {
        return Files.readString(REFERENCE.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceWasMadeFromTheCurrentArticle() throws IOException, NoSuchAlgorithmException {
        byte[] source = Files.readAllBytes(article.file());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source));
        assertEquals(read("deepseek-shock.md.sha256").strip(), sha,
                "the fixture article changed: run " + TestProjects.FIXTURE + "/reference/regenerate.sh and review the diff");
    }

    @Test
    void everyFieldEqualsTheReferenceExceptWhereARuleApplies() throws IOException {
        String source = Files.readString(article.file(), StandardCharsets.UTF_8);
        String reference = read("deepseek-shock.hk2s.md");
        assertEquals(source.length(), reference.length(), "hk2s no longer keeps the length; align by segments");
        assertTrue(source.endsWith(article.body()));
        int bodyAt = source.length() - article.body().length();
        assertEquals(expected(source, reference, bodyAt, article.body()), hans.body());
        for (String[] field : List.of(new String[] {article.title(), hans.title()},
                new String[] {article.standfirst(), hans.standfirst()},
                new String[] {article.description(), hans.description()})) {
            int at = source.indexOf(field[0]);
            assertTrue(at > 0 && at < bodyAt, field[0]);
            assertEquals(expected(source, reference, at, field[0]), field[1]);
        }
        int cursor = source.indexOf("\nkeywords:");
        for (int k = 0; k < article.keywords().size(); k++) {
            cursor = source.indexOf(article.keywords().get(k), cursor);
            assertEquals(expected(source, reference, cursor, article.keywords().get(k)), hans.keywords().get(k));
        }
        for (int e = 0; e < article.emendations().size(); e++) {
            Article.Emendation was = article.emendations().get(e);
            Article.Emendation now = hans.emendations().get(e);
            // The source's words before the change are a quotation: kept as written, not converted.
            assertEquals(was.was(), now.was());
            for (String[] field : List.of(new String[] {was.at(), now.at()},
                    new String[] {was.now(), now.now()}, new String[] {was.note(), now.note()})) {
                if (!field[0].isEmpty() && !field[0].contains("-{")) { // markup: pinned in ApparatusTest
                    cursor = source.indexOf(field[0], cursor);
                    assertTrue(cursor > 0 && cursor < bodyAt, field[0]);
                    assertEquals(expected(source, reference, cursor, field[0]), field[1]);
                }
            }
        }
        // The credits carry per-edition markup (-{zh-hant:…;zh-hans:…}-): pinned in ApparatusTest.
        assertEquals(article.source().headline(), hans.source().headline(), "the original headline is quoted as written");
        Map<Rule, Long> uses = log.ruleUses();
        for (Rule r : article.rules()) {
            assertEquals(expectedUses.getOrDefault(r, 0L), uses.getOrDefault(r, 0L), r.text());
        }
        for (Rule r : content.rules()) {
            assertEquals(expectedUses.getOrDefault(r, 0L), uses.getOrDefault(r, 0L), r.text());
        }
    }

    /** What the edition should print for {@code text}, found at {@code at} in the source file. */
    private String expected(String source, String reference, int at, String text) {
        List<Rule> rules = new java.util.ArrayList<>(article.rules());
        rules.addAll(content.rules());
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Rule best = null;
            String phrase = "";
            for (Rule r : rules) {
                for (String p : r.from()) {
                    if (p.length() > phrase.length() && text.startsWith(p, i)) {
                        best = r;
                        phrase = p;
                    }
                }
            }
            if (best != null) {
                out.append(best.to().get(Variant.ZH_HANS));
                expectedUses.merge(best, 1L, Long::sum);
                i += phrase.length();
            } else {
                char c = reference.charAt(at + i);
                out.append(MAINLAND_QUOTES.getOrDefault(c, c));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Hong Kong forms that plain {@code t2s} does not know (衞生, 敍述, 衹是, 枱面) come out as the
     * reference {@code hk2s} makes them; 艣, whose Simplified form 𫇛 is in OpenCC's tofu-risk table,
     * stays as OpenCC's command line leaves it.
     */
    @Test
    void hongKongFormsBecomeWhatHk2sMakesOfThem() throws IOException {
        Converter c = new Converter(Script.HANT, Script.HANS, Phrases.none(), Punctuation.KEEP, new ConversionLog());
        String source = read("hk-forms.txt");
        assertEquals(read("hk-forms.hk2s.txt"), c.convert(source));
    }
}
