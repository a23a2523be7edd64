package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.build.Build;
import org.zhedition.input.ContentError;
import org.zhedition.incremental.BuildCache;
import org.zhedition.write.SiteWriter;

/**
 * Hostile and broken input, family by family (issue 12): what a file really is, characters that
 * do not belong in text, addresses in any spelling, active content in SVG, markup that changes
 * the shape of one edition, nesting and recursion, templates that say nothing or say it wrong.
 *
 * <p>Every case runs twice, as a full build and as the default incremental build (which takes
 * its cache keys before the content loader reads anything): both must stop with the same kind of
 * message, naming the file and line and saying how to fix it, with no exception name or stack
 * frame, leave the previous site/ byte for byte, and leave no draft beside it. A case that hangs
 * fails after a time limit instead of hanging the tests. {@link HostileInputIT} runs a selection
 * through the real command line.
 */
class HostileInputTest {
    static final String ARTICLE = "content/articles/deepseek-shock.md";
    static final String GLOSSARY = "content/glossary.yaml";
    static final String SITE = "content/site.yaml";
    static final String RULES = "content/conversion.txt";
    /** The first line of a paragraph of the article, where blocks can be put before it. */
    static final String PARAGRAPH = "雖然其後華爾街";

    @TempDir
    static Path temp;
    private static Project built;
    private static final ExecutorService TIMER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-build");
        t.setDaemon(true);
        return t;
    });

    /** One way to break the project; returns the line the error must name (0: the whole file). */
    interface Breakage {
        int apply(Project p) throws IOException;
    }

    @BeforeAll
    static void buildOnce() {
        built = Project.copyOfFixture(temp.resolve("built"));
        build(built, true);
        assertTrue(Files.isRegularFile(built.site().resolve("index.html")));
        assertTrue(Files.isDirectory(built.root.resolve(".cache")), "the incremental cases start from a cache");
    }

    @AfterAll
    static void stopTimer() {
        TIMER.shutdownNow();
    }

    /** Builds as {@code Main build} does: with the cache in .cache/ when {@code incremental}, into a draft beside site/. */
    static void build(Project p, boolean incremental) {
        SiteWriter.Draft draft = SiteWriter.draft(p.site());
        boolean committed = false;
        try {
            BuildCache cache = incremental
                    ? BuildCache.open(p.root.resolve(".cache").resolve("articles"), p.content(), p.root.resolve("templates"))
                    : BuildCache.none();
            Build.run(p.content(), p.root.resolve("templates"), cache, draft);
            draft.commit();
            committed = true;
        } finally {
            if (!committed) {
                draft.discard();
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        all.addAll(files());
        all.addAll(characters());
        all.addAll(addresses());
        all.addAll(svg());
        all.addAll(shape());
        all.addAll(depth());
        all.addAll(templates());
        List<Arguments> both = new ArrayList<>();
        // -Dhostile.only=SVG runs the cases whose name contains it (to see one family's tests fail on purpose).
        String only = System.getProperty("hostile.only", "");
        for (Arguments a : all) {
            if (!((String) a.get()[0]).contains(only)) {
                continue;
            }
            for (String mode : List.of("full", "incremental")) {
                Object[] args = a.get();
                both.add(Arguments.of(mode + ": " + args[0], args[1], args[2], args[3], mode.equals("incremental")));
            }
        }
        return both.stream();
    }

    private static Arguments c(String name, String file, String problem, Breakage breakage) {
        return Arguments.of(name, file, problem, breakage);
    }

    /** Family 2 (and 9 through the incremental runs): what a file in content/ or templates/ really is. */
    static List<Arguments> files() {
        return List.of(
                c("image linked to /etc/passwd", ARTICLE, "outside", p -> {
                    Files.createDirectories(p.content().resolve("media"));
                    Files.createSymbolicLink(p.content().resolve("media/leak.png"), Path.of("/etc/passwd"));
                    return showImage(p, "leak.png");
                }),
                c("image linked out through its folder", ARTICLE, "outside", p -> {
                    Path outside = Files.createDirectories(p.root.resolve("elsewhere"));
                    Files.write(outside.resolve("secret.png"), png());
                    Files.createDirectories(p.content().resolve("media"));
                    Files.createSymbolicLink(p.content().resolve("media/sub"), outside);
                    return showImage(p, "sub/secret.png");
                }),
                c("image that is a folder", ARTICLE, "a folder where a file is expected", p -> {
                    Files.createDirectories(p.content().resolve("media/dir.png"));
                    return showImage(p, "dir.png");
                }),
                c("image that is a named pipe", ARTICLE, "not an ordinary file", p -> {
                    Files.createDirectories(p.content().resolve("media"));
                    fifo(p.content().resolve("media/pipe.png"));
                    return showImage(p, "pipe.png");
                }),
                c("image that is HTML with a .png name", ARTICLE, "not a PNG image", p -> {
                    p.write("content/media/page.png", "<html><script>alert(1)</script></html>");
                    return showImage(p, "page.png");
                }),
                c("asset linked to /etc/passwd", "templates/assets/leak.css", "outside", p -> {
                    Files.createSymbolicLink(p.root.resolve("templates/assets/leak.css"), Path.of("/etc/passwd"));
                    return 0;
                }),
                c("asset that is a named pipe", "templates/assets/pipe.js", "not an ordinary file", p -> {
                    fifo(p.root.resolve("templates/assets/pipe.js"));
                    return 0;
                }),
                c("asset linked to a folder", "templates/assets/more", "a folder where a file is expected", p -> {
                    Files.createSymbolicLink(p.root.resolve("templates/assets/more"), p.root.resolve("templates"));
                    return 0;
                }),
                c("article that is a named pipe", "content/articles/pipe.md", "not an ordinary file", p -> {
                    fifo(p.content().resolve("articles/pipe.md"));
                    return 0;
                }),
                c("article linked to /dev/zero", "content/articles/zero.md", "outside", p -> {
                    Files.createSymbolicLink(p.content().resolve("articles/zero.md"), Path.of("/dev/zero"));
                    return 0;
                }),
                c("article that is a folder", "content/articles/x.md", "a folder where a file is expected", p -> {
                    Files.createDirectories(p.content().resolve("articles/x.md"));
                    return 0;
                }),
                c("article that links to itself", "content/articles/loop.md", "leads nowhere", p -> {
                    Files.createSymbolicLink(p.content().resolve("articles/loop.md"), Path.of("loop.md"));
                    return 0;
                }),
                c("glossary linked to a missing file", GLOSSARY, "does not exist", p -> {
                    Files.delete(p.root.resolve(GLOSSARY));
                    Files.createSymbolicLink(p.root.resolve(GLOSSARY), Path.of("gone.yaml"));
                    return 0;
                }),
                c("settings linked out of the project", SITE, "outside", p -> {
                    Path outside = p.root.resolveSibling(p.root.getFileName() + "-outside.yaml");
                    Files.copy(p.root.resolve(SITE), outside);
                    Files.delete(p.root.resolve(SITE));
                    Files.createSymbolicLink(p.root.resolve(SITE), outside);
                    return 0;
                }),
                c("article larger than the limit", "content/articles/huge.md", "larger than 8 MB", p -> {
                    byte[] huge = new byte[9 << 20];
                    java.util.Arrays.fill(huge, (byte) 'a');
                    p.writeBytes("content/articles/huge.md", huge);
                    return 0;
                }),
                c("template linked to /etc/passwd", "templates/article.peb", "outside", p -> {
                    Files.delete(p.root.resolve("templates/article.peb"));
                    Files.createSymbolicLink(p.root.resolve("templates/article.peb"), Path.of("/etc/passwd"));
                    return 0;
                }),
                c("template that is a named pipe", "templates/glossary.peb", "not an ordinary file", p -> {
                    Files.delete(p.root.resolve("templates/glossary.peb"));
                    fifo(p.root.resolve("templates/glossary.peb"));
                    return 0;
                }),
                c("templates/ missing", "templates", "not found", p -> {
                    SiteWriter.delete(p.root.resolve("templates"));
                    return 0;
                }),
                c("e-book stylesheet that is a folder", "templates/epub.css", "a folder where a file is expected", p -> {
                    Files.delete(p.root.resolve("templates/epub.css"));
                    Files.createDirectories(p.root.resolve("templates/epub.css"));
                    return 0;
                }),
                c("unreadable article", "content/articles/locked.md", "permission denied", p -> {
                    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
                    p.write("content/articles/locked.md", p.read(ARTICLE));
                    Files.setPosixFilePermissions(p.content().resolve("articles/locked.md"), java.util.Set.of());
                    return 0;
                }));
    }

    /** Family 5: characters that do not belong in text, typed or escaped. */
    static List<Arguments> characters() {
        return List.of(
                c("NUL in the body", ARTICLE, "U+0000", p -> insert(p, "甲\u0000乙")),
                c("vertical tab in the body", ARTICLE, "U+000B", p -> insert(p, "軟\u000B換行")),
                c("C1 control in the body", ARTICLE, "U+0085", p -> insert(p, "甲\u0085乙")),
                c("DEL in the conversion rules", RULES, "U+007F", p -> {
                    p.edit(RULES, s -> s.replaceFirst("\n螢幕=>zh-hans:屏幕;\n", "\n螢\u007F幕=>zh-hans:屏幕;\n"));
                    return p.lineOf(RULES, "=>zh-hans:屏幕;");
                }),
                c("noncharacter in the body", ARTICLE, "U+FFFE", p -> insert(p, "甲\uFFFE乙")),
                c("right-to-left override in the title", ARTICLE, "U+202E", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ntitle: DeepSeek", "\ntitle: \u202EDeepSeek"));
                    return p.lineOf(ARTICLE, "title: ");
                }),
                c("YAML \\0 in a figure caption", ARTICLE, "U+0000", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ncaption: (2025年1月28日，北京[^\n]*)", "\ncaption: \"\\\\0$1\""));
                    return p.lineOf(ARTICLE, "caption: \"\\0");
                }),
                c("YAML lone surrogate in the title", ARTICLE, "U+D800", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ntitle: ([^\n]*)\n", "\ntitle: \"\\\\uD800$1\"\n"));
                    return p.lineOf(ARTICLE, "title: ");
                }),
                c("YAML \\0 in a glossary note", GLOSSARY, "U+0000", p -> {
                    p.edit(GLOSSARY, s -> s.replaceFirst("\n        note: (以大模型的輸出[^\n]*)", "\n        note: \"\\\\0$1\""));
                    return p.lineOf(GLOSSARY, "note: \"\\0");
                }),
                c("YAML \\x85 in a label", SITE, "U+0085", p -> {
                    p.edit(SITE, s -> s.replaceFirst("\n  home: 首頁\n", "\n  home: \"首\\\\x85頁\"\n"));
                    return p.lineOf(SITE, "home: ");
                }),
                c("entity &#11; in the body", ARTICLE, "&#11;", p -> insert(p, "甲&#11;乙")),
                c("invalid UTF-8 in a template", "templates/article.peb", "not valid UTF-8", p -> {
                    String t = p.read("templates/article.peb");
                    int at = t.indexOf("<h1>");
                    byte[] head = t.substring(0, at).getBytes(StandardCharsets.UTF_8);
                    byte[] tail = t.substring(at).getBytes(StandardCharsets.UTF_8);
                    byte[] bad = new byte[head.length + 1 + tail.length];
                    System.arraycopy(head, 0, bad, 0, head.length);
                    bad[head.length] = (byte) 0xFF;
                    System.arraycopy(tail, 0, bad, head.length + 1, tail.length);
                    p.writeBytes("templates/article.peb", bad);
                    return (int) t.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
                }),
                c("zero-width space in a glossary term", GLOSSARY, "U+200B", p -> {
                    p.edit(GLOSSARY, s -> s.replaceFirst("- term: 蒸餾\n", "- term: 蒸\u200B餾\n"));
                    return p.lineOf(GLOSSARY, "- term: 蒸");
                }),
                c("no-break space in a glossary alias", GLOSSARY, "U+00A0", p -> {
                    p.edit(GLOSSARY, s -> s.replaceFirst("aliases: \\[知識蒸餾]", "aliases: [知識\u00A0蒸餾]"));
                    return p.lineOf(GLOSSARY, "aliases: [知識");
                }));
    }

    /** Family 3: every address an editor writes, in any spelling. */
    static List<Arguments> addresses() {
        return List.of(
                c("numeric entity spelling javascript:", ARTICLE, "javascript:", p -> insert(p, "[a](&#106;avascript:alert(1))")),
                c("named entity &colon;", ARTICLE, "javascript:", p -> insert(p, "[b](javascript&colon;alert(1))")),
                c("reference definition with &#58;", ARTICLE, "javascript:", p -> {
                    int line = insert(p, "[c][r]");
                    p.edit(ARTICLE, s -> s + "\n[r]: JaVaScRiPt&#58;alert(3)\n");
                    return p.lineOf(ARTICLE, "[r]: JaVaScRiPt");
                }),
                c("tab entity inside the scheme", ARTICLE, "invisible character", p -> insert(p, "[d](jav&#x09;ascript:alert(1))")),
                c("percent-encoded colon", ARTICLE, "javascript:", p -> insert(p, "[e](javascript%3Aalert(1))")),
                c("data: address", ARTICLE, "data:", p -> insert(p, "[f](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")),
                c("autolink with vbscript:", ARTICLE, "vbscript:", p -> insert(p, "<vbscript:msgbox(1)>")),
                c("protocol-relative address", ARTICLE, "starts with //", p -> insert(p, "[g](//evil.example/x)")),
                c("control character in a link title", ARTICLE, "U+0001", p -> insert(p, "[h](https://example.org \"a&#1;b\")")),
                c("javascript: as the source url", ARTICLE, "javascript:", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\n  column: Whatsnew\n", "\n  column: Whatsnew\n  url: \"javascript:alert(1)\"\n"));
                    return p.lineOf(ARTICLE, "url: \"javascript");
                }),
                c("entity-spelt source url", ARTICLE, "not an http or https address", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\n  column: Whatsnew\n", "\n  column: Whatsnew\n  url: \"javascript&colon;alert(1)\"\n"));
                    return p.lineOf(ARTICLE, "url: \"javascript");
                }),
                c("a link written by a conversion rule", ARTICLE, "javascript:", p -> {
                    p.edit(RULES, s -> s + "\n甲乙丙丁=>zh-hans:[x](javascript:alert(1));\n");
                    return insert(p, "甲乙丙丁");
                }));
    }

    /** Family 4: SVG images that could do more than show a picture. */
    static List<Arguments> svg() {
        String open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n";
        return List.of(
                svgCase("script", "<script>", open + "<script>alert(1)</script>\n</svg>\n"),
                svgCase("event handler", "onload", open.replace("viewBox", "onload=\"alert(1)\" viewBox") + "</svg>\n"),
                svgCase("foreignObject", "foreignObject", open + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>\n</svg>\n"),
                svgCase("external image", "refers to another file", open + "<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/>\n</svg>\n"),
                svgCase("xlink:href to another file", "refers to another file", open + "<use xlink:href=\"other.svg#a\"/>\n</svg>\n"),
                svgCase("link to javascript:", "refers to another file", open + "<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>\n</svg>\n"),
                svgCase("url() to another site", "refers to another file", open + "<rect width=\"1\" height=\"1\" style=\"fill: url('https://x.example/p#g')\"/>\n</svg>\n"),
                svgCase("@import in a stylesheet", "loads other content", open + "<style>@import 'https://x.example/a.css';</style>\n</svg>\n"),
                svgCase("CSS escape", "backslash", open + "<style>rect { fill: \\75rl(https://x.example/) }</style>\n</svg>\n"),
                svgCase("xml-stylesheet", "processing instruction", "<?xml-stylesheet href=\"https://x.example/a.css\"?>\n" + open + "</svg>\n"),
                svgCase("DOCTYPE with an entity", "DOCTYPE",
                        "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + open + "<text>&x;</text>\n</svg>\n"),
                svgCase("animation that sets href", "animation", open + "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/>"
                        + "<rect width=\"1\" height=\"1\"/></a>\n</svg>\n"),
                svgCase("not well-formed", "not well-formed", open + "<rect>\n</svg>\n"),
                svgCase("HTML with an .svg name", "not an SVG", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n"));
    }

    private static Arguments svgCase(String name, String problem, String svg) {
        return c("SVG with " + name, ARTICLE, problem, p -> {
            p.write("content/media/icon.svg", svg);
            return showImage(p, "icon.svg");
        });
    }

    /** Family 6: markup or rules that give the editions different blocks. */
    static List<Arguments> shape() {
        return List.of(
                c("a code fence in the Simplified variant", ARTICLE, "differ in shape", p -> block(p, "-{zh-hant:甲;zh-hans:```}-")),
                c("a code fence in the Traditional variant", ARTICLE, "differ in shape", p -> block(p, "-{zh-hant:```;zh-hans:甲}-")),
                c("a heading in one variant", ARTICLE, "differ in shape", p -> block(p, "-{zh-hant:甲;zh-hans:# 乙}-")),
                c("a block quote in one variant", ARTICLE, "differ in shape", p -> block(p, "-{zh-hant:> 甲;zh-hans:乙}-")),
                c("a blank line in one variant", ARTICLE, "blank line", p -> block(p, "-{zh-hant:甲;zh-hans:乙\n\n丙}-")),
                c("a list item in one variant", ARTICLE, "differ in shape", p -> block(p, "-{zh-hant:甲;zh-hans:乙\n- 丙}-") + 1),
                c("markup inside markup", ARTICLE, "inside another", p -> insert(p, "-{zh-hant:-{甲;zh-hans:乙}-")),
                c("a rule that writes a fence", ARTICLE, "differ in shape", p -> {
                    p.edit(RULES, s -> s + "\n甲乙丙丁=>zh-hans:```;\n");
                    return block(p, "甲乙丙丁");
                }),
                c("an image written by a rule", ARTICLE, "shows the image", p -> {
                    p.writeBytes("content/media/x.png", png());
                    p.edit(RULES, s -> s + "\n甲乙丙丁=>zh-hans:![圖](../media/x.png);\n");
                    return insert(p, "甲乙丙丁");
                }));
    }

    /** Family 7: nesting and recursion. */
    static List<Arguments> depth() {
        return List.of(
                c("1,000 nested block quotes", ARTICLE, "nest more than", p -> block(p, ">".repeat(1000) + " 深")),
                c("2,000 nested list items", ARTICLE, "nest more than", p -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < 2_000; i++) {
                        b.append("  ".repeat(i)).append("- ").append(i).append('\n');
                    }
                    int line = p.lineOf(ARTICLE, PARAGRAPH);
                    p.edit(ARTICLE, s -> s.replaceFirst(PARAGRAPH, b + "\n" + PARAGRAPH));
                    return line + Markdown64.LIMIT;  // the first line deeper than the limit
                }),
                c("10,000 list items in one line", ARTICLE, "nest more than", p -> block(p, "- ".repeat(10_000) + "深")),
                c("10,000 nested emphasis marks", ARTICLE, "nests too deeply", p -> insert(p, "*".repeat(10_000) + "深" + "*".repeat(10_000))),
                c("5,000 nested strong emphases", ARTICLE, "nest more than", p -> insert(p, "**a ".repeat(5_000) + "深" + " a**".repeat(5_000))),
                c("5,000 nested images", ARTICLE, "nest more than", p -> insert(p, "![".repeat(5_000) + "深" + "](a)".repeat(5_000))),
                c("nesting written by conversion markup", ARTICLE, "nest more than", p -> block(p, "-{zh-hant:甲;zh-hans:" + "> ".repeat(2000) + "乙}-")),
                c("deeply nested YAML in front matter", ARTICLE, "invalid YAML", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\nscript: zh-Hant\n", "\nscript: zh-Hant\nupdated: " + "[".repeat(1000) + "]".repeat(1000) + "\n"));
                    return p.lineOf(ARTICLE, "updated: [[[");
                }),
                c("a template that includes itself", "templates/part.peb", "circle", p -> {
                    p.write("templates/part.peb", "<p>\n{% include \"part.peb\" %}\n");
                    includeFromArticle(p, "{% include \"part.peb\" %}");
                    return 2;
                }),
                c("two templates that include each other", "templates/b.peb", "circle", p -> {
                    p.write("templates/a.peb", "<p>a</p>\n{% include \"b.peb\" %}\n");
                    p.write("templates/b.peb", "<p>b</p>\n\n{% include \"a.peb\" %}\n");
                    includeFromArticle(p, "{% include \"a.peb\" %}");
                    return 3;
                }),
                c("a macro that calls itself", "templates/article.peb", "never ends", p -> {
                    p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "{% macro again(x) %}{{ again(x) }}{% endmacro %}{{ again(1) }}<h1>{{ article.title }}</h1>"));
                    return 0;
                }));
    }

    /** Family 8: templates that say nothing, or say it wrong. */
    static List<Arguments> templates() {
        return List.of(
                c("0-byte article template", "templates/article.peb", "template is empty", p -> {
                    p.writeBytes("templates/article.peb", new byte[0]);
                    return 0;
                }),
                c("white-space-only layout", "templates/layout.peb", "template is empty", p -> {
                    p.write("templates/layout.peb", " \n\t\n");
                    return 0;
                }),
                c("0-byte service worker template", "templates/sw.peb", "template is empty", p -> {
                    p.writeBytes("templates/sw.peb", new byte[0]);
                    return 0;
                }),
                c("a template of only a comment", "templates/home.peb", "made an empty page", p -> {
                    p.write("templates/home.peb", "{# nothing yet #}\n");
                    return 0;
                }),
                c("a label site.yaml does not have", "templates/article.peb", "no label 'nosuchlabel'", p -> {
                    p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "<h1>{{ labels.nosuchlabel }}{{ article.title }}</h1>"));
                    return p.lineOf("templates/article.peb", "nosuchlabel");
                }),
                c("an include of a missing template", "templates/article.peb", "does not exist", p -> {
                    includeFromArticle(p, "{% include \"nosuch.peb\" %}");
                    return p.lineOf("templates/article.peb", "nosuch.peb");
                }),
                c("an import of a missing template", "templates/glossary.peb", "does not exist", p -> {
                    p.edit("templates/glossary.peb", s -> s.replaceFirst("<h1>", "{% import \"macros.peb\" %}<h1>"));
                    return p.lineOf("templates/glossary.peb", "macros.peb");
                }),
                c("an undefined variable in {% if %}", "templates/article.peb", "unknown variable 'nosuch'", p -> {
                    p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "{% if nosuch %}x{% endif %}<h1>{{ article.title }}</h1>"));
                    return p.lineOf("templates/article.peb", "nosuch");
                }),
                c("a 404 script that closes its element", "templates/notfound.js", "</script", p -> {
                    p.edit("templates/notfound.js", s -> s.replaceFirst("\"use strict\";", "\"use strict\";\n  var end = \"</script>\";"));
                    return p.lineOf("templates/notfound.js", "var end");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsWithAMessageThatNamesFileAndLineAndKeepsTheSite(String name, String file, String problem, Breakage breakage,
            boolean incremental, @TempDir Path dir) throws Exception {
        Project p = built.copyTo(dir.resolve("project"));
        SortedMap<String, String> before = Project.hashes(p.site());
        int line = breakage.apply(p);

        ContentError e = buildExpectingError(p, incremental, name);
        String message = e.getMessage();
        String where = Path.of(file) + (line > 0 ? ":" + line + ":" : ":");
        assertTrue(message.contains(where), () -> "expected '" + where + "' in:\n" + message);
        assertTrue(message.contains(problem), () -> "expected '" + problem + "' in:\n" + message);
        assertTrue(message.contains("\n  How to fix: "), () -> "no fix in:\n" + message);
        assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("java."),
                () -> "internals in:\n" + message);
        assertEquals(line, e.line(), message);
        assertEquals(before, Project.hashes(p.site()), "site/ changed after a failed build");
        assertEquals(List.of(), leftovers(p), "drafts or old sites left beside site/");
    }

    /**
     * The glossary page needs {@code glossary_more} only when more than five articles use a term
     * (render.GlossaryUses): a site.yaml without it still stops the build, then, with the label
     * named, at the template line that needs it.
     */
    @org.junit.jupiter.api.Test
    void aMissingGlossaryMoreLabelIsNamedOnceATermHasOlderArticles(@TempDir Path dir) throws Exception {
        Project p = built.copyTo(dir.resolve("project"));
        p.edit(SITE, s -> s.replaceFirst("(?m)^  glossary_more: .*\n", ""));
        for (int i = 1; i <= 5; i++) {
            p.write("content/articles/copy-" + i + ".md", p.read(ARTICLE));
        }
        ContentError e = buildExpectingError(p, false, "no glossary_more");
        String message = e.getMessage();
        int line = p.lineOf("templates/glossary.peb", "labels.glossary_more");
        assertTrue(message.contains(Path.of("templates/glossary.peb") + ":" + line + ":"), message);
        assertTrue(message.contains("no label 'glossary_more'"), message);
        assertTrue(message.contains("\n  How to fix: "), message);
    }

    /**
     * What the checks allow still builds: web, e-mail and relative addresses (also spelt with
     * entities), a plain SVG with references inside itself, a direction mark in a title, a
     * fullwidth alias (terms are matched as written: ＡＩ and AI are different forms).
     */
    @org.junit.jupiter.api.Test
    void whatIsAllowedStillBuilds(@TempDir Path dir) throws IOException {
        Project p = built.copyTo(dir.resolve("project"));
        insert(p, "[網](https://example.org/a?b=1#c)[信](mailto:editor@example.org)[詞](../zh-Hant/glossary.html#distillation)"
                + "[段](#p1)[實](h&#116;tps://example.org/entity)<https://example.org/auto>");
        p.edit(ARTICLE, s -> s.replaceFirst("\n  column: Whatsnew\n", "\n  column: Whatsnew\n  url: https://theinitium.com/article/x\n"));
        p.edit(ARTICLE, s -> s.replaceFirst("\ntitle: DeepSeek", "\ntitle: \u200FDeepSeek"));
        p.edit(GLOSSARY, s -> s.replaceFirst("aliases: \\[知識蒸餾]", "aliases: [知識蒸餾, ＡＩ蒸餾]"));
        p.write("content/media/plain.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- drawn by hand -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#9cf"/></linearGradient>
                  <rect id="r" width="4" height="4"/></defs>
                  <style>rect { fill: url(#g); }</style>
                  <use href="#r"/><use xlink:href="#r" x="5" style="fill: url('#g')"/>
                </svg>
                """);
        showImage(p, "plain.svg");
        build(p, true);
        String page = Files.readString(p.site().resolve("zh-Hant/deepseek-shock.html"));
        for (String href : List.of("https://example.org/a?b=1#c", "mailto:editor@example.org", "../zh-Hant/glossary.html#distillation",
                "#p1", "https://example.org/entity", "https://example.org/auto", "https://theinitium.com/article/x")) {
            assertTrue(page.contains("href=\"" + href + "\""), href);
        }
        assertTrue(Files.isRegularFile(p.site().resolve("media/plain.svg")));
    }

    /**
     * A Windows checkout (core.autocrlf) has CRLF templates: the site is byte for byte the same,
     * and the 404 page's Content-Security-Policy hash is that of the script the browser sees
     * (its HTML parser turns CRLF into LF before hashing).
     */
    @org.junit.jupiter.api.Test
    void crlfTemplatesBuildTheSameSiteAndThe404HashFitsItsScript(@TempDir Path dir) throws Exception {
        Project p = built.copyTo(dir.resolve("project"));
        try (Stream<Path> s = Files.list(p.root.resolve("templates"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".peb") || f.toString().endsWith(".js")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(text.contains("\r"), f + " is LF in the repository (.gitattributes)");
                Files.writeString(f, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
            }
        }
        build(p, false);
        assertEquals(Project.hashes(built.site()), Project.hashes(p.site()), "CRLF templates change the site");
        String page = Files.readString(p.site().resolve("404.html"), StandardCharsets.UTF_8);
        String script = page.substring(page.indexOf("<script>") + "<script>".length(), page.indexOf("</script>"));
        assertFalse(script.contains("\r"));
        String hash = java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertTrue(page.contains("'sha256-" + hash + "'"), "the CSP names the hash of the script as the browser reads it");
    }

    /** Builds in a thread of its own, so that a build that would hang fails the test instead. */
    static ContentError buildExpectingError(Project p, boolean incremental, String name) throws InterruptedException {
        Future<?> f = TIMER.submit(() -> build(p, incremental));
        try {
            f.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            fail(name + ": the build did not finish in 120 s (it hangs)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ContentError ce) {
                return ce;
            }
            throw new AssertionError(name + ": expected a ContentError, got " + e.getCause(), e.getCause());
        }
        return fail(name + ": the build succeeded");
    }

    /** Anything beside site/ that a build leaves: drafts, old sites. */
    static List<String> leftovers(Project p) throws IOException {
        try (Stream<Path> s = Files.list(p.root)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".site") && !n.equals(".site.lock")).sorted().toList();
        }
    }

    /** Puts {@code markdown} inside the first line of a paragraph; returns that line. */
    static int insert(Project p, String markdown) {
        p.edit(ARTICLE, s -> s.replaceFirst(PARAGRAPH, java.util.regex.Matcher.quoteReplacement(markdown) + PARAGRAPH));
        return p.lineOf(ARTICLE, PARAGRAPH);
    }

    /** Puts {@code markdown} as a paragraph of its own before a paragraph; returns its line. */
    static int block(Project p, String markdown) {
        int line = p.lineOf(ARTICLE, PARAGRAPH);
        p.edit(ARTICLE, s -> s.replaceFirst(PARAGRAPH, java.util.regex.Matcher.quoteReplacement(markdown) + "\n\n" + PARAGRAPH));
        return line;
    }

    /** Shows {@code ../media/<name>} in the text; returns the line. */
    static int showImage(Project p, String name) {
        return insert(p, "![圖](../media/" + name + ")");
    }

    static void includeFromArticle(Project p, String tag) {
        p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                java.util.regex.Matcher.quoteReplacement(tag) + "<h1>{{ article.title }}</h1>"));
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
    }

    static void fifo(Path file) throws IOException {
        try {
            Process mk = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** The nesting limit of the Markdown stage, as the test expects it. */
    static final class Markdown64 {
        static final int LIMIT = org.zhedition.markdown.Markdown.MAX_DEPTH;
    }
}
