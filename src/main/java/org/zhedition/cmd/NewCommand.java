package org.zhedition.cmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.zhedition.input.ContentError;
import org.zhedition.content.ContentLoader;
import org.zhedition.input.Yaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code new SLUG}: starts {@code content/articles/SLUG.md} with today's date and every field an
 * editor fills, each with a placeholder that builds as it is, so the new article shows in
 * {@code serve} at once and the editor replaces the placeholders one by one.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = {"Writes DIR/content/articles/SLUG.md: front matter with today's date and every field to fill in,"
                + " and a body to replace. It builds as it is. An existing file is never overwritten."})
final class NewCommand implements Callable<Integer> {
    /** The skeleton; %1$s is the title (a YAML scalar), %2$s today's date. */
    private static final String TEMPLATE = """
            ---
            title: %1$s
            standfirst: 標題下的導語：一兩句話說明這篇文章講甚麼。
            date: %2$s              # first published, YYYY-MM-DD
            script: zh-Hant               # the script the article is written in: zh-Hant or zh-Hans
            source:
              publication: 原刊媒體名稱
              author: 作者姓名              # optional
              headline: "原網頁標題"        # the headline as first published
              url:                        # the original's address, https://…, if it is online
            credits: 原文刊於原刊媒體；本版據原網頁整理。   # the credits line under the article
            description: 一句話摘要，供搜尋引擎使用。
            keywords: [關鍵詞一, 關鍵詞二]
            # Optional: updated (date of the last change), conversion (this article's own rules),
            # punctuation, emendations; see README.md,
            # "Adding or editing an article".
            ---

            正文第一段。一段一行；段與段之間空一行。

            ## 小標題

            正文第二段。
            """;

    @ParentCommand
    Zhedition app;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectRoot root;

    @Parameters(paramLabel = "SLUG", description = "the article's file and page name: lower-case letters, digits and '-',"
            + " e.g. chip-exports")
    String slug;

    @Option(names = "--title", paramLabel = "TITLE", description = "the article's title (default: a placeholder)")
    String title = "文章標題";

    @Override
    public Integer call() {
        if (!ContentLoader.SLUG.matcher(slug).matches() || ContentLoader.RESERVED_SLUGS.contains(slug)) {
            throw new ParameterException(spec.commandLine(), "'" + slug + "' cannot name an article: use lower-case letters,"
                    + " digits and '-', starting with a letter or digit, e.g. chip-exports"
                    + (ContentLoader.RESERVED_SLUGS.contains(slug) ? " ('" + slug + "' is a page of its own)" : ""));
        }
        if (title.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--title needs a title");
        }
        Path content = root.dir.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new ContentError(content, 0, "there is no content folder here",
                    "run 'new' in the project's folder (the one with content/ and templates/), or give --root DIR");
        }
        Path file = content.resolve("articles").resolve(slug + ".md");
        String text = String.format(java.util.Locale.ROOT, TEMPLATE, Yaml.quoted(title.strip()), LocalDate.now(app.clock));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ContentError(file, 0, "this article already exists; 'new' never writes over a file",
                    "edit it, or choose another name");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        app.out.println("Wrote " + file + ": fill in its fields and text, then build (or watch it in serve).");
        return 0;
    }
}
