package org.zhedition.cmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zhedition.input.ContentError;
import org.zhedition.input.TextFile;
import org.zhedition.lint.Finding;
import org.zhedition.lint.Lint;
import org.zhedition.lint.LintFix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lint [FILE…] [--fix]}: the checks for Chinese copy, on the given articles or on every article. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = {"Checks articles' Chinese copy: half-width punctuation in Chinese text, unpaired brackets and quotation"
                + " marks, a space before full-width punctuation, 「」 and “” mixed, characters of the other script, a doubled word.",
            "Prints each as FILE:LINE:COLUMN: what — fix. Code, addresses and -{ }- markup are never checked or changed.",
            "Exit status 0 when nothing is found, 1 when something is."})
final class LintCommand implements Callable<Integer> {
    @ParentCommand
    Zhedition app;

    @Mixin
    ProjectRoot root;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "article files (default: every DIR/content/articles/*.md)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--fix", description = "apply the safe fixes (half-width , ! ? : ; in Chinese text → full-width,"
            + " ...... → ……) and record them as emendations in the front matter; report the rest")
    boolean fix;

    @Override
    public Integer call() {
        int found = 0;
        for (Path file : articles()) {
            String text = TextFile.read(file);
            if (fix) {
                LintFix fixed = LintFix.apply(text);
                if (!fixed.changes().isEmpty()) {
                    write(file, fixed.text());
                    app.out.println(file + ": fixed " + fixed.changes() + ", recorded as emendations");
                    text = fixed.text();
                }
            }
            for (Finding f : Lint.check(file, text)) {
                app.out.println(f);
                found++;
            }
        }
        app.out.println(found == 0 ? "lint: nothing to report" : "lint: " + found + " finding(s)");
        return found == 0 ? 0 : Zhedition.CONTENT_ERROR;
    }

    private List<Path> articles() {
        if (!files.isEmpty()) {
            return files.stream().map(f -> f.isAbsolute() ? f : root.dir.resolve(f)).toList();
        }
        Path dir = root.dir.resolve("content").resolve("articles");
        if (!Files.isDirectory(dir)) {
            throw new ContentError(dir, 0, "there is no articles folder here", "run 'lint' in the project's folder, or give --root DIR or FILE");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
