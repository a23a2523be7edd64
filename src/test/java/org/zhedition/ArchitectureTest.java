package org.zhedition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape of the code: one package per stage, no package cycles, and each package may use
 * only the packages before it in {@link #STAGES}. A class that reaches "up" (the loader using a
 * page renderer, the writer using the content model) fails here with the offending dependency.
 */
class ArchitectureTest {
    /**
     * The packages, lowest first: leaf types, then the stages in the order a build runs them,
     * then what drives them. Each may depend only on packages listed before it.
     */
    static final List<String> STAGES = List.of(
            "input",        // ContentError, TextFile, Yaml, InputFile: what every stage reads and reports with
            "text",         // longest-match search
            "site",         // the site's layout: where every page is
            "write",        // the output: draft, lock, file sums
            "markdown",     // parse
            "script",       // convert between zh-Hant and zh-Hans
            "glossary",     // annotate
            "content",      // load and check content/
            "body",         // render an article's body (page, parallel view, e-book)
            "edition",      // an article in one edition: the article stages' product
            "render",       // the pages
            "offline",      // e-books, service worker
            "search",       // the search index, from the articles' models
            "incremental",  // the build cache
            "lint",
            "importer",
            "build",        // the build: the stages in order
            "serve",
            "cmd");

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhedition");

    @Test
    void noPackageCycles() {
        slices().matching("org.zhedition.(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void everyPackageIsAStage() {
        List<String> packages = CODE.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("org.zhedition."))
                .map(p -> p.substring("org.zhedition.".length()).split("\\.")[0])
                .distinct().sorted().toList();
        List<String> unknown = new ArrayList<>(packages);
        unknown.removeAll(STAGES);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unknown, "add each new package to STAGES, where it belongs");
    }

    @TestFactory
    List<DynamicTest> eachStageUsesOnlyEarlierOnes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            String stage = STAGES.get(i);
            List<String> later = STAGES.subList(i + 1, STAGES.size()).stream().map(p -> "org.zhedition." + p + "..").toList();
            if (later.isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(stage, () -> noClasses().that().resideInAPackage("org.zhedition." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
                    .because("the stages run in the order of ArchitectureTest.STAGES").check(CODE)));
        }
        return tests;
    }

    @Test
    void onlyTheEntryPointIsInTheRootPackage() {
        List<String> root = CODE.stream().filter(c -> c.getPackageName().equals("org.zhedition") && c.getEnclosingClass().isEmpty())
                .map(c -> c.getSimpleName()).sorted().toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Main"), root, "the root package is the jar's entry point only");
    }

    /**
     * Every path of site/ comes from {@code site.SiteLayout}: no other source file spells a page's
     * file name ({@code "….html"}, {@code "….epub"}, {@code "feed.xml"}, {@code "sitemap.xml"}, {@code "sitemap-…"},
     * {@code "sw.js"}) in a string literal. Comments are not code and are skipped.
     */
    @Test
    void onlyTheSiteLayoutSpellsPageFileNames() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java/org/zhedition");
        java.nio.file.Path layout = sources.resolve("site/SiteLayout.java");
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("\"[^\"\\\\]*(\\.html|\\.epub|feed\\.xml|sitemap\\.xml|sw\\.js)\"|\"sitemap-");
        List<String> found = new ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file : walk.filter(f -> f.toString().endsWith(".java") && !f.equals(layout)).sorted().toList()) {
                List<String> lines = java.nio.file.Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*") && !line.startsWith("//") && !line.startsWith("/*") && name.matcher(line).find()) {
                        found.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), found, "take the path from site.SiteLayout");
    }
}
