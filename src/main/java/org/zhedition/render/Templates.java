package org.zhedition.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhedition.content.ContentError;

/**
 * The editor's Pebble templates in {@code templates/}: compiled once, shared by all threads.
 *
 * <p>Strict: an undefined variable is an error that names the template and line, never a blank
 * on the page. Auto-escaping is on, so every value from content is escaped; only HTML the
 * generator itself built (the rendered body) is passed with {@code | raw}.
 */
public final class Templates {
    /** The templates every site needs. */
    public static final List<String> REQUIRED = List.of("home.peb", "article.peb", "glossary.peb", "parallel.peb", "404.peb", "sw.peb");

    private final Path dir;
    private final PebbleEngine engine;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    private Templates(Path dir, PebbleEngine engine) {
        this.dir = dir;
        this.engine = engine;
    }

    /** Loads and compiles every required template, so syntax errors surface before rendering. */
    public static Templates load(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new ContentError(dir, 0, "templates folder not found",
                    "run the build from the project folder, or restore templates/ from the repository");
        }
        FileLoader loader = new FileLoader(abs.toString());
        loader.setSuffix("");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .defaultLocale(Locale.ROOT)
                .newLineTrimming(true)
                .build();
        Templates t = new Templates(abs, engine);
        for (String name : REQUIRED) {
            if (!Files.isRegularFile(abs.resolve(name))) {
                throw new ContentError(dir.resolve(name), 0, "template missing", "restore " + name + " from the repository");
            }
            t.template(name);
        }
        return t;
    }

    public Path dir() {
        return dir;
    }

    /** Renders {@code name} with {@code context}; errors name the template file and line. */
    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            template(name).evaluate(out, context, Locale.ROOT);
        } catch (PebbleException e) {
            throw error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private PebbleTemplate template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return engine.getTemplate(n);
            } catch (PebbleException e) {
                throw error(e);
            }
        });
    }

    private ContentError error(PebbleException e) {
        String file = e.getFileName();
        Path where = file == null ? dir : Path.of(file);
        if (where.isAbsolute() && where.startsWith(dir)) {
            where = dir.getFileName().resolve(dir.relativize(where));
        }
        Integer line = e.getLineNumber();
        String message = e.getPebbleMessage() == null ? e.getMessage() : e.getPebbleMessage();
        String fix = message.contains("does not exist") || message.contains("not exist")
                ? "use only the variables listed in templates/README.md, or define it with {% set %}"
                : "correct the Pebble syntax on this line (see https://pebbletemplates.io)";
        return new ContentError(where, line == null ? 0 : line, "template error: " + message, fix);
    }
}
