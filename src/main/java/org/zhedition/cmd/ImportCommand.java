package org.zhedition.cmd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhedition.input.ContentError;
import org.zhedition.content.ContentLoader;
import org.zhedition.input.TextFile;
import org.zhedition.importer.ImportSettings;
import org.zhedition.importer.Imported;
import org.zhedition.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import FILE [--slug SLUG]}: a scraped article (plain text) → {@code content/articles/SLUG.md}, every change recorded. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Zhedition.Version.class,
        description = {"Imports a scraped article (plain text) as DIR/content/articles/SLUG.md: title and column, headline as"
                + " scraped, standfirst, photo captions as figure blocks, debris removed by the patterns of site.yaml's"
                + " 'import:' setting, half-width punctuation repaired; every change recorded as an emendation.",
            "What needs judgement (a closing bracket without its opening one, stray Simplified characters, an uncertain date)"
                    + " is printed for the editor, not guessed. An existing file is never overwritten."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Zhedition app;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectRoot root;

    @Parameters(paramLabel = "FILE", description = "the scraped article, a UTF-8 text file")
    Path scrape;

    @Option(names = "--slug", paramLabel = "SLUG", description = "the article's file and page name (default: made from FILE's name)")
    String slug;

    @Override
    public Integer call() {
        String name = slug != null ? slug : slugOf(scrape);
        if (!ContentLoader.SLUG.matcher(name).matches() || ContentLoader.RESERVED_SLUGS.contains(name)) {
            throw new ParameterException(spec.commandLine(), "'" + name + "' cannot name an article: use lower-case letters,"
                    + " digits and '-', e.g. --slug deepseek-shock");
        }
        Path content = root.dir.resolve("content");
        ImportSettings settings = ImportSettings.read(content.resolve("site.yaml"));
        Path source = scrape;
        String text = TextFile.read(source);
        if (text.lines().filter(l -> !l.isBlank()).count() < 3) {
            throw new ContentError(source, 0, "this does not look like a scraped article",
                    "the file needs a title line, a standfirst line and the text, one paragraph per line");
        }
        Imported imported = Importer.run(text, settings, LocalDate.now(app.clock));
        Path file = content.resolve("articles").resolve(name + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, imported.markdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ContentError(file, 0, "this article already exists; 'import' never writes over a file",
                    "choose another name with --slug, or move the existing file away");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        app.out.println("Wrote " + file + ": " + imported.emendations().size() + " emendations recorded.");
        imported.repairs().forEach((kind, n) -> app.out.println("  repaired " + kind + " ×" + n));
        app.out.println("  removed " + imported.removed() + " paragraph(s) of debris");
        if (!imported.forEditor().isEmpty()) {
            app.out.println("For the editor (" + imported.forEditor().size() + "; nothing was guessed):");
            imported.forEditor().forEach(s -> app.out.println("  " + s));
        }
        return 0;
    }

    private static String slugOf(Path file) {
        String n = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
