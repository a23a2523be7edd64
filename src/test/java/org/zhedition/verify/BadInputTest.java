package org.zhedition.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhedition.input.ContentError;
import org.zhedition.write.SiteWriter;

/**
 * Malformed input over content/, the glossary, the conversion rules and templates/: each case
 * breaks one thing in a copy of the fixture project that has already been built once, and expects
 * a {@link ContentError} that names the file and the line and says how to fix it, with the
 * previous site/ left byte for byte as it was.
 *
 * <p>Runs in this JVM (a child JVM costs ~0.7 s per case); {@link BadInputIT} proves on a few
 * cases that the real command exits non-zero and prints no stack trace.
 */
class BadInputTest {
    private static final String ARTICLE = "content/articles/deepseek-shock.md";
    private static final String GLOSSARY = "content/glossary.yaml";
    private static final String RULES = "content/conversion.txt";
    private static final String SITE = "content/site.yaml";

    @TempDir
    static Path temp;
    private static Project built;

    /** One way to break the project; returns the line the error must name (0: the whole file). */
    interface Breakage extends ToIntFunction<Project> {
    }

    @BeforeAll
    static void buildOnce() {
        built = Project.copyOfFixture(temp.resolve("built"));
        built.build();
        assertTrue(Files.isRegularFile(built.site().resolve("index.html")));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("unterminated front matter", ARTICLE, "not closed", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\n---\n", "\n\n"));
                    return 1;
                }),
                c("invalid YAML in front matter", ARTICLE, "invalid YAML", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\nscript: zh-Hant\n", "\nscript: [zh-Hant\n"));
                    return p.lineOf(ARTICLE, "script: [zh-Hant") + 1;
                }),
                c("invalid UTF-8 in the body", ARTICLE, "not valid UTF-8", p -> {
                    String text = p.read(ARTICLE);
                    int at = text.indexOf("雖然其後華爾街");
                    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
                    byte[] bad = new byte[head.length + 2 + tail.length];
                    System.arraycopy(head, 0, bad, 0, head.length);
                    bad[head.length] = (byte) 0xB5; // Big5 lead byte: not UTF-8
                    bad[head.length + 1] = (byte) 0x4C;
                    System.arraycopy(tail, 0, bad, head.length + 2, tail.length);
                    p.writeBytes(ARTICLE, bad);
                    return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
                }),
                c("empty article body", ARTICLE, "no body", p -> {
                    String text = p.read(ARTICLE);
                    int end = text.indexOf("\n---\n", 3) + 5;
                    p.write(ARTICLE, text.substring(0, end) + "\n  \n");
                    return p.lineOf(ARTICLE, "刪去評論區頁腳") + 2;
                }),
                c("missing date", ARTICLE, "add `date: YYYY-MM-DD` to the front matter", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ndate: [^\n]*\n", "\n"));
                    return 2;
                }),
                c("a date that is not in the calendar", ARTICLE, "date '2025-02-30' is not a date of the calendar", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ndate: [^\n]*\n", "\ndate: 2025-02-30\n"));
                    return p.lineOf(ARTICLE, "date: 2025-02-30");
                }),
                c("a date-time without offset", ARTICLE, "no offset from UTC", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ndate: [^\n]*\n", "\ndate: 2025-01-28T09:30\n"));
                    return p.lineOf(ARTICLE, "date: 2025-01-28T09:30");
                }),
                c("updated before date", ARTICLE, "is before date", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ndate: ([^\n]*)\n", "\ndate: $1\nupdated: 2000-01-01\n"));
                    return p.lineOf(ARTICLE, "updated: 2000-01-01");
                }),
                c("a source address that is not http(s)", ARTICLE, "source.url", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\n  publication: ([^\n]*)\n",
                            "\n  publication: $1\n  url: \"\\x6Aavascript:alert(1)\"\n"));
                    return p.lineOf(ARTICLE, "  url: ");
                }),
                c("the retired site-wide credits label", SITE, "move the text into the front matter", p -> {
                    p.edit(SITE, s -> s.replaceFirst("\n  credits: ([^\n]*)\n", "\n  credits: $1\n  credits_text: 原文刊於某報。\n"));
                    return p.lineOf(SITE, "credits_text:");
                }),
                c("missing title", ARTICLE, "'title'", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ntitle: [^\n]*\n", "\n"));
                    return 2;
                }),
                c("unknown script", ARTICLE, "unknown script", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\nscript: zh-Hant\n", "\nscript: zh-Latn\n"));
                    return p.lineOf(ARTICLE, "script: zh-Latn");
                }),
                c("unknown front-matter key", ARTICLE, "unknown field 'auther'", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\nscript: zh-Hant\n", "\nscript: zh-Hant\nauther: 端傳媒\n"));
                    return p.lineOf(ARTICLE, "auther:");
                }),
                c("duplicate front-matter key", ARTICLE, "duplicate", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\nscript: zh-Hant\n", "\nscript: zh-Hant\nscript: zh-Hans\n"));
                    return p.lineOf(ARTICLE, "script: zh-Hans");
                }),
                c("unclosed -{ markup in the body", ARTICLE, "not closed", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("雖然其後華爾街", "雖然其後-{華爾街"));
                    return p.lineOf(ARTICLE, "-{華爾街");
                }),
                c("unknown variant in inline markup", ARTICLE, "unknown variant 'zh-xx'", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("雖然其後華爾街", "雖然其後-{zh-xx:華爾街;zh-hans:华尔街}-"));
                    return p.lineOf(ARTICLE, "-{zh-xx:");
                }),
                c("figure block without caption", ARTICLE, "'caption'", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ncaption: 2025年1月28日[^\n]*\n", "\n"));
                    return p.lineOf(ARTICLE, "```figure") + 1;
                }),
                c("figure block with an unknown field", ARTICLE, "unknown field 'photo'", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ncredit: Andy Wong", "\nphoto: a.jpg\ncredit: Andy Wong"));
                    return p.lineOf(ARTICLE, "photo: a.jpg");
                }),
                c("figure image file missing", ARTICLE, "image not found: content/media/beijing.jpg", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("\ncredit: Andy Wong", "\nimage: ../media/beijing.jpg\nalt: 手機\ncredit: Andy Wong"));
                    return p.lineOf(ARTICLE, "image: ../media/beijing.jpg");
                }),
                c("image from the network", ARTICLE, "not a file of this site", p -> {
                    p.edit(ARTICLE, s -> s.replaceFirst("雖然其後華爾街", "![圖](https://example.org/a.png)雖然其後華爾街"));
                    return p.lineOf(ARTICLE, "![圖](https://example.org/a.png)");
                }),
                c("image without a description", ARTICLE, "no description", p -> {
                    p.writeBytes("content/media/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
                    p.edit(ARTICLE, s -> s.replaceFirst("雖然其後華爾街", "![](../media/chart.png)雖然其後華爾街"));
                    return p.lineOf(ARTICLE, "![](../media/chart.png)");
                }),
                c("figure block not closed", ARTICLE, "not closed", p -> {
                    String text = p.read(ARTICLE);
                    int fence = text.lastIndexOf("```figure");
                    p.write(ARTICLE, text.substring(0, fence) + "```figure\ncaption: 未完\n");
                    return p.lineOf(ARTICLE, "caption: 未完") - 1;
                }),
                c("duplicate glossary term", GLOSSARY, "already an entry", p -> {
                    p.write(GLOSSARY, glossary("  - term: 市值\n    en: market value\n    note: 重複。\n"));
                    return lastLineOf(p, GLOSSARY, "- term: 市值");
                }),
                c("duplicate glossary alias", GLOSSARY, "'AI' is already", p -> {
                    p.write(GLOSSARY, glossary("  - term: 人工智慧\n    aliases: [AI]\n    en: AI\n    note: 臺灣說法。\n"));
                    return p.lineOf(GLOSSARY, "- term: 人工智慧");
                }),
                c("empty glossary note", GLOSSARY, "'note' is empty", p -> {
                    p.write(GLOSSARY, glossary("  - term: 股價\n    en: share price\n    note: \"\"\n"));
                    return p.lineOf(GLOSSARY, "note: \"\"");
                }),
                c("glossary see to nowhere", GLOSSARY, "'see: 蒸餾'", p -> {
                    p.write(GLOSSARY, glossary("  - term: 股價\n    en: share price\n    note: 股票的價格。\n    see: [蒸餾]\n"));
                    return p.lineOf(GLOSSARY, "- term: 股價");
                }),
                c("glossary that is not YAML", GLOSSARY, "invalid YAML", p -> {
                    p.write(GLOSSARY, glossary("  - term: 股價\n    en: share price\n   note: 縮排錯了。\n"));
                    return p.lineOf(GLOSSARY, "note: 縮排錯了");
                }),
                c("unknown conversion variant", RULES, "unknown variant 'zh-xx'", p -> {
                    p.edit(RULES, s -> s.replaceFirst("\n螢幕=>zh-hans:屏幕;\n", "\n螢幕=>zh-xx:屏幕;\n"));
                    return p.lineOf(RULES, "螢幕=>zh-xx:");
                }),
                c("empty rule text", RULES, "empty text", p -> {
                    p.edit(RULES, s -> s.replaceFirst("\nzh-hant:晶片; zh-hans:芯片;\n", "\nzh-hant:; zh-hans:芯片;\n"));
                    return p.lineOf(RULES, "zh-hant:; zh-hans:芯片;");
                }),
                c("rule with nothing before =>", RULES, "nothing before", p -> {
                    p.edit(RULES, s -> s.replaceFirst("\n螢幕=>zh-hans:屏幕;\n", "\n=>zh-hans:屏幕;\n"));
                    return p.lineOf(RULES, "=>zh-hans:屏幕;");
                }),
                c("bad base_url", SITE, "base_url", p -> {
                    p.edit(SITE, s -> s.replaceFirst("\nbase_url: \"\"\n", "\nbase_url: \"javascript:alert(1)\"\n"));
                    return p.lineOf(SITE, "base_url: \"javascript");
                }),
                c("unknown key in site.yaml", SITE, "unknown field 'titel'", p -> {
                    p.edit(SITE, s -> s.replaceFirst("\ntitle: ", "\ntitel: "));
                    return p.lineOf(SITE, "titel: ");
                }),
                c("template tag not closed", "templates/article.peb", "endblock", p -> {
                    p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "<h1>{% if article.title %}{{ article.title }}</h1>"));
                    // Pebble notices where the enclosing block ends (the line before the footer block),
                    // the first place it can know.
                    return p.lineOf("templates/article.peb", "{% block footer %}") - 1;
                }),
                c("template syntax error", "templates/article.peb", "template error", p -> {
                    p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "<h1>{{ article.title | }}</h1>"));
                    return p.lineOf("templates/article.peb", "article.title | }}");
                }),
                c("undefined template variable", "templates/article.peb", "nosuch", p -> {
                    p.edit("templates/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "<h1>{{ nosuch.title }}</h1>"));
                    return p.lineOf("templates/article.peb", "nosuch");
                }),
                c("unknown template filter", "templates/glossary.peb", "nosuchfilter", p -> {
                    p.edit("templates/glossary.peb", s -> s.replaceFirst("<h1>\\{\\{ labels.glossary }}</h1>",
                            "<h1>{{ labels.glossary | nosuchfilter }}</h1>"));
                    return p.lineOf("templates/glossary.peb", "nosuchfilter");
                }),
                c("a template whose page grows without end", "templates/glossary.peb", "grew beyond", p -> {
                    p.edit("templates/glossary.peb", s -> s.replaceFirst("<h1>\\{\\{ labels.glossary }}</h1>",
                            "<h1>{% for i in range(1, 100000) %}" + "長".repeat(1000) + "{% endfor %}</h1>"));
                    return 0; // Pebble's size limit knows no line, only the page being written
                }),
                // The e-book's templates are read and reported as the pages' are.
                c("undefined variable in an e-book template", "templates/epub/article.peb", "nosuch", p -> {
                    p.edit("templates/epub/article.peb", s -> s.replaceFirst("<h1>\\{\\{ article.title }}</h1>",
                            "<h1>{{ nosuch }}</h1>"));
                    return p.lineOf("templates/epub/article.peb", "nosuch");
                }),
                c("e-book template syntax error", "templates/epub/package.peb", "template error", p -> {
                    p.edit("templates/epub/package.peb", s -> s.replaceFirst("\\{\\{ article.title }}", "{{ article.title | }}"));
                    return p.lineOf("templates/epub/package.peb", "article.title | }}");
                }),
                c("missing e-book template", "templates/epub/nav.peb", "missing", p -> {
                    delete(p.root.resolve("templates/epub/nav.peb"));
                    return 0;
                }),
                c("missing template", "templates/glossary.peb", "missing", p -> {
                    delete(p.root.resolve("templates/glossary.peb"));
                    return 0;
                }),
                c("missing content/", "content", "not found", p -> {
                    deleteTree(p.content());
                    return 0;
                }),
                c("missing templates/", "templates", "not found", p -> {
                    deleteTree(p.root.resolve("templates"));
                    return 0;
                }),
                c("missing articles/", "content/articles", "not found", p -> {
                    deleteTree(p.content().resolve("articles"));
                    return 0;
                }),
                c("bad article file name", "content/articles/DeepSeek Shock.md", "page name", p -> {
                    p.write("content/articles/DeepSeek Shock.md", p.read(ARTICLE));
                    return 0;
                }));
    }

    private static Arguments c(String name, String file, String problem, Breakage breakage) {
        return Arguments.of(name, file, problem, breakage);
    }

    /** The fixture glossary with {@code entries} appended to its last category's terms. */
    private static String glossary(String entries) {
        return Project.GLOSSARY + entries.indent(4);
    }

    private static int lastLineOf(Project p, String rel, String text) {
        List<String> lines = p.read(rel).lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesFileAndLineSaysHowToFixAndKeepsTheSite(String name, String file, String problem, Breakage breakage,
            @TempDir Path dir) {
        Project p = built.copyTo(dir.resolve("project"));
        SortedMap<String, String> before = Project.hashes(p.site());
        int line = breakage.applyAsInt(p);

        ContentError e = assertThrows(ContentError.class, p::build, name);
        String message = e.getMessage();
        String where = Path.of(file).toString() + (line > 0 ? ":" + line + ":" : ":");
        assertTrue(message.contains(where), () -> "expected '" + where + "' in:\n" + message);
        assertTrue(message.contains(problem), () -> "expected '" + problem + "' in:\n" + message);
        assertTrue(message.contains("\n  How to fix: "), () -> "no fix in:\n" + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), () -> "internals in:\n" + message);
        assertEquals(line, e.line(), message);
        assertEquals(before, Project.hashes(p.site()), "site/ changed after a failed build");
        assertFalse(Files.exists(p.root.resolve(".site.new")) && !Files.isDirectory(p.root.resolve(".site.new")));
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            SiteWriter.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
