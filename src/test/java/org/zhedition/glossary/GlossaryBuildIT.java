package org.zhedition.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhedition.build.Build;
import org.zhedition.TestProjects;
import org.zhedition.input.TextFile;

/** End to end on the fixture project: both editions mark the same terms in the same places. */
public class GlossaryBuildIT {
    private static final Pattern BLOCK = Pattern.compile("<(?:p|h2|h3|ul|ol|blockquote|figure|div|table|pre) id=\"([a-z]\\d+)\"");
    private static final Pattern TERM = Pattern.compile(
            "<button type=\"button\" class=\"term\" id=\"t(\\d+)\" popovertarget=\"n\\1\" data-term=\"([a-z0-9-]+)\" aria-labelledby=\"w\\1\">"
            + "</button><span class=\"term-text\" id=\"w\\1\" aria-hidden=\"true\">([^<]*)</span>");

    /** One marked occurrence: its note number, its entry and the block it stands in. */
    public record Mark(int number, String term, String block) {
    }

    public static List<Mark> marks(String html) {
        int body = html.indexOf("<div class=\"body\"");
        int end = html.indexOf("<section class=\"credits\"", body);
        String text = html.substring(body, end < 0 ? html.length() : end);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Matcher b = BLOCK.matcher(text);
        while (b.find()) {
            starts.add(new int[] {b.start()});
            ids.add(b.group(1));
        }
        List<Mark> out = new ArrayList<>();
        Matcher t = TERM.matcher(text);
        while (t.find()) {
            String block = "?";
            for (int i = 0; i < starts.size() && starts.get(i)[0] < t.start(); i++) {
                block = ids.get(i);
            }
            out.add(new Mark(Integer.parseInt(t.group(1)), t.group(2), block));
        }
        return out;
    }

    private static String page(Build.Result r, String path) {
        return new String(r.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void bothEditionsMarkEveryEntryAtTheSamePlaces(@TempDir Path dir) {
        TestProjects.copyOfFixture(dir);
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        Glossary glossary = GlossaryParser.parse(TextFile.read(dir.resolve("content/glossary.yaml")),
                dir.resolve("content/glossary.yaml"));
        List<Mark> hant = marks(page(r, "zh-Hant/deepseek-shock.html"));
        List<Mark> hans = marks(page(r, "zh-Hans/deepseek-shock.html"));
        Map<String, Integer> perTerm = new TreeMap<>();
        hant.forEach(m -> perTerm.merge(m.term(), 1, Integer::sum));
        System.out.println("Glossary: " + glossary.terms().size() + " entries; notes zh-Hant " + hant.size() + ", zh-Hans "
                + hans.size() + "; per entry " + perTerm);
        assertEquals(hant, hans, "the editions mark different occurrences");
        assertEquals(hant.size(), r.report().count("notes zh-Hant"));
        assertEquals(hans.size(), r.report().count("notes zh-Hans"));
        for (int i = 0; i < hant.size(); i++) {
            assertEquals(i + 1, hant.get(i).number(), "notes are numbered in order");
            assertTrue(hant.get(i).block().matches("[pb]\\d+"), "a term outside body text: " + hant.get(i));
        }
        List<String> missing = new ArrayList<>();
        glossary.terms().forEach(t -> {
            if (!perTerm.containsKey(t.id())) {
                missing.add(t.term());
            }
        });
        assertEquals(List.of(), missing, "entries marked nowhere");
        assertEquals(List.of(), r.report().warnings().stream().filter(w -> w.contains("glossary term")).toList());
    }

    @Test
    void theDefaultPolicyMarksEachTermOncePerSection(@TempDir Path dir) throws java.io.IOException {
        TestProjects.copyOfFixture(dir);
        // The default, not the site's own choice: no 'annotate:' line.
        Path site = dir.resolve("content/site.yaml");
        String yaml = Files.readString(site);
        Files.writeString(site, yaml.replaceAll("(?m)^annotate:.*\n", ""));
        assertTrue(!Files.readString(site).contains("annotate:"), "site.yaml still chooses a policy");
        String html = page(Build.run(dir.resolve("content"), dir.resolve("templates")), "zh-Hant/deepseek-shock.html");
        List<Mark> marks = marks(html);
        assertTrue(!marks.isEmpty());
        // A heading block starts a section: map each block to its section.
        Map<String, Integer> sectionOf = new TreeMap<>();
        Matcher b = BLOCK.matcher(html.substring(html.indexOf("<div class=\"body\"")));
        int section = 0;
        while (b.find()) {
            if (b.group(1).startsWith("h")) {
                section++;
            }
            sectionOf.put(b.group(1), section);
        }
        Map<String, Integer> seen = new TreeMap<>();
        for (Mark m : marks) {
            String key = m.term() + "@" + sectionOf.get(m.block());
            assertTrue(seen.put(key, m.number()) == null, "twice in one section: " + key);
        }
    }

    @Test
    void otherPoliciesChangeTheCounts(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Map<String, Integer> counts = new TreeMap<>();
        for (String policy : List.of("first-in-article", "first-in-section", "every")) {
            Path site = dir.resolve("content/site.yaml");
            String yaml = Files.readString(site).replaceAll("(?m)^annotate: .*$", "annotate: " + policy);
            Files.writeString(site, yaml);
            Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
            List<Mark> hant = marks(page(r, "zh-Hant/deepseek-shock.html"));
            assertEquals(hant, marks(page(r, "zh-Hans/deepseek-shock.html")), policy);
            counts.put(policy, hant.size());
        }
        System.out.println("Notes per policy: " + counts);
        assertTrue(counts.get("first-in-article") < counts.get("first-in-section"), counts.toString());
        assertTrue(counts.get("first-in-section") < counts.get("every"), counts.toString());
    }

    @Test
    void anEntryFoundInNoArticleIsAWarningWithItsLine(@TempDir Path dir) throws IOException {
        TestProjects.copyOfFixture(dir);
        Path file = dir.resolve("content/glossary.yaml");
        String yaml = Files.readString(TestProjects.repository().resolve("src/test/resources/fixtures/glossary/glossary.yaml"));
        int line = (int) yaml.lines().count() + 1;
        Files.writeString(file, yaml + "      - term: 量子霸權\n        en: quantum supremacy\n        note: 量子電腦勝過傳統電腦的里程碑。\n");
        Build.Result r = Build.run(dir.resolve("content"), dir.resolve("templates"));
        assertEquals(1, r.report().warnings().stream().filter(w -> w.contains("glossary term")).count(), r.report().warnings().toString());
        assertTrue(r.report().warnings().contains(file + ":" + line + ": glossary term '量子霸權' occurs in no article"),
                r.report().warnings().toString());
    }
}
