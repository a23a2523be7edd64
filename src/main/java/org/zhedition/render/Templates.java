package org.zhedition.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
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
import java.util.Set;
import java.util.TreeSet;
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
            throw error(e, context.keySet());
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
                throw error(e, null);
            }
        });
    }

    /**
     * Turns Pebble's exception into an editor's message: the template as {@code templates/x.peb}
     * and its line, the problem in plain words, and a fix that fits the kind of mistake.
     *
     * @param variables the variables the page was rendered with, or null while compiling
     */
    private ContentError error(PebbleException e, Set<String> variables) {
        Path where = dir;
        if (e.getFileName() != null) {
            Path file = Path.of(e.getFileName());
            where = file.isAbsolute() ? file : dir.resolve(file);
        }
        if (where.normalize().startsWith(dir)) {
            where = dir.getFileName().resolve(dir.relativize(where.normalize()));
        }
        Integer line = e.getLineNumber();
        String message = e.getPebbleMessage() == null ? String.valueOf(e.getMessage()) : e.getPebbleMessage();
        String problem = "template error: " + message.strip();
        String fix;
        if (e instanceof RootAttributeNotFoundException r) {
            problem = "template error: unknown variable '" + r.getAttributeName() + "'";
            fix = variables == null ? "define it with {% set %} or remove it"
                    : "use one of the variables this page gets (" + String.join(", ", new TreeSet<>(variables))
                            + "), or define it with {% set %}";
        } else if (e instanceof AttributeNotFoundException a) {
            problem = "template error: unknown field '" + a.getAttributeName() + "'";
            fix = "check the name after the dot; the comment at the top of the template lists each variable's fields";
        } else if (message.startsWith("Filter [")) {
            fix = "check the filter's name after '|' (Pebble's filters: abbreviate, capitalize, default, first, join, "
                    + "last, length, lower, raw, replace, reverse, slice, sort, split, title, trim, upper)";
        } else if (message.startsWith("Function or Macro [")) {
            fix = "check the function's name before '('";
        } else if (message.startsWith("Unexpected tag name") || message.contains("Unexpected end of template")) {
            fix = "a {% if %}, {% for %} or {% block %} opened above this line is not closed: add its "
                    + "{% endif %}, {% endfor %} or {% endblock %}";
        } else if (e instanceof LoaderException) {
            fix = "check the template name in {% extends %} or {% include %}, or restore the file from the repository";
        } else {
            fix = "correct the Pebble syntax on this line: {{ value }} prints, {% tag %} controls";
        }
        return new ContentError(where, line == null || line < 0 ? 0 : line, problem, fix);
    }
}
