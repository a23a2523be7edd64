package org.zhedition.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.zhedition.input.ContentError;
import org.zhedition.input.TextFile;

/**
 * The editor's Pebble templates in {@code templates/}: compiled once, shared by all threads.
 *
 * <p>Strict: an undefined variable is an error that names the template and line, never a blank
 * on the page. Auto-escaping is on, so every value from content is escaped; only HTML the
 * generator itself built (the rendered body) is passed with {@code | raw}.
 */
public final class Templates {
    /** The templates every site needs. */
    public static final List<String> REQUIRED = List.of("home.peb", "article.peb", "glossary.peb", "parallel.peb", "404.peb", "sw.peb",
            "epub/package.peb", "epub/nav.peb", "epub/article.peb");
    /**
     * The escaping of the e-book's templates, which are XML ({@code {% autoescape "xml" %}}):
     * {@code & < > "}, what XML text and double-quoted attributes need. Pebble's {@code html}
     * also writes {@code '} as {@code &#39;}, needless there.
     */
    public static final String XML = "xml";

    /** The most a page may weigh: a loop that never ends stops here with a message, not an out-of-memory error. */
    static final int MAX_PAGE = 64 << 20;

    private final Path dir;
    private final PebbleEngine engine;
    private final TemplateFiles files;
    private final TemplateReferences references;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    private Templates(Path dir, PebbleEngine engine, TemplateFiles files, TemplateReferences references) {
        this.dir = dir;
        this.engine = engine;
        this.files = files;
        this.references = references;
    }

    /**
     * Loads and compiles every required template and every template they name in
     * {@code {% extends %}}, {@code {% include %}} and {@code {% import %}}, so that syntax
     * errors, a missing or empty template and templates that include each other in a circle
     * surface before rendering, each at the line that names it.
     */
    public static Templates load(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new ContentError(dir, 0, "templates folder not found",
                    "run the build from the project folder, or restore templates/ from the repository");
        }
        TemplateFiles files = new TemplateFiles(abs, dir);
        TemplateReferences references = new TemplateReferences();
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(files)
                .extension(references)
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy(XML, Templates::escapeXml)
                .defaultLocale(Locale.ROOT)
                .newLineTrimming(true)
                .maxRenderedSize(MAX_PAGE)
                .build();
        Templates t = new Templates(abs, engine, files, references);
        for (String name : REQUIRED) {
            if (!Files.exists(abs.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new ContentError(dir.resolve(name), 0, "template missing", "restore " + name + " from the repository");
            }
            t.template(name);
        }
        t.checkReferences();
        return t;
    }

    /**
     * Compiles every template the required ones name, and refuses a name that is not a template
     * and a circle of templates (a → b → a), each at the line of the tag that names it.
     */
    private void checkReferences() {
        Map<String, Integer> state = new HashMap<>();  // 1: being visited, 2: done
        for (String name : REQUIRED) {
            visit(name, new ArrayList<>(), state);
        }
    }

    private void visit(String name, List<String> path, Map<String, Integer> state) {
        Integer s = state.get(name);
        if (s != null && s == 2) {
            return;
        }
        path.add(name);
        state.put(name, 1);
        for (TemplateReferences.Reference r : references.of(name)) {
            String target = files.resolveRelativePath(r.name(), name);
            if (target == null) {
                target = r.name();
            }
            if (!files.resourceExists(target)) {
                throw new ContentError(files.shown(name), r.line(), "{% " + r.tag() + " \"" + r.name()
                        + "\" %} names a template that does not exist: " + files.shown(target),
                        "correct the name, or create " + files.shown(target));
            }
            if (Integer.valueOf(1).equals(state.get(target))) {
                List<String> circle = new ArrayList<>(path.subList(path.indexOf(target), path.size()));
                circle.add(target);
                throw new ContentError(files.shown(name), r.line(), "{% " + r.tag() + " \"" + r.name()
                        + "\" %} closes a circle of templates (" + String.join(" → ", circle)
                        + "), which would never finish rendering",
                        "remove this " + r.tag() + ", or move what both templates need into a third one that includes nothing");
            }
            template(target);
            visit(target, path, state);
        }
        path.remove(path.size() - 1);
        state.put(name, 2);
    }

    /** Escapes {@code &}, {@code <}, {@code >} and {@code "}: the {@link #XML} strategy. */
    static String escapeXml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (entity == null) {
                    out.append(c);
                } else {
                    out.append(entity);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    public Path dir() {
        return dir;
    }

    /**
     * Renders {@code name} with {@code context}; errors name the template file and line. A page
     * that comes out empty (a template that holds only comments or an {@code {% if %}} that is
     * never true) is an error too: an empty page is never what the editor meant.
     */
    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            template(name).evaluate(out, context, Locale.ROOT);
        } catch (PebbleException e) {
            throw error(e, context, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            // Circles of named templates are refused at load; what is left is a macro that calls
            // itself without end, or an include whose name is computed.
            throw new ContentError(files.shown(name), 0,
                    "rendering this page never ends: a {% macro %} calls itself with no way to stop, or templates include "
                            + "each other (in this template or one it includes, imports or extends)",
                    "make the macro stop calling itself (e.g. inside {% if %}), or remove the include that leads back");
        }
        String page = out.toString();
        if (page.isBlank()) {
            throw new ContentError(files.shown(name), 0, "this template made an empty page",
                    "restore " + files.shown(name) + " from the repository, or check that it writes the page's HTML");
        }
        return page;
    }

    private PebbleTemplate template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return engine.getTemplate(n);
            } catch (PebbleException e) {
                throw error(e, null, null);
            } catch (StackOverflowError e) {
                throw new ContentError(files.shown(n), 0, "the template nests too deeply to be read",
                        "nest fewer {% if %}, {% for %} or parentheses inside each other");
            }
        });
    }

    /**
     * Turns Pebble's exception into an editor's message: the template as {@code templates/x.peb}
     * and its line, the problem in plain words, and a fix that fits the kind of mistake.
     *
     * @param context the variables the page was rendered with, or null while compiling
     */
    private ContentError error(PebbleException e, Map<String, Object> context, String rendering) {
        Set<String> variables = context == null ? null : context.keySet();
        Path where = dir;
        // Some errors (the page-size limit) carry no file: they belong to the template being rendered.
        String named = e.getFileName() != null ? e.getFileName() : rendering;
        if (named != null) {
            Path file = Path.of(named);
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
        } else if (e instanceof AttributeNotFoundException a && context != null
                && context.get("labels") instanceof Map<?, ?> labels && !labels.containsKey(a.getAttributeName())
                && source(e).contains("labels." + a.getAttributeName())) {
            problem = "template error: there is no label '" + a.getAttributeName() + "'";
            fix = "add '" + a.getAttributeName() + ": …' under 'labels:' in content/site.yaml, or correct the name here "
                    + "(the labels there: " + String.join(", ", new TreeSet<>(labels.keySet().stream().map(String::valueOf).toList()))
                    + ")";
        } else if (e instanceof AttributeNotFoundException a) {
            problem = "template error: unknown field '" + a.getAttributeName() + "'";
            fix = "check the name after the dot; the comment at the top of the template lists each variable's fields";
        } else if (message.startsWith("Wrong operand(s) type in conditional expression")) {
            String template = e.getFileName() == null ? "" : e.getFileName();
            List<String> unknown = references.conditionVariables(template, line == null ? 0 : line).stream()
                    .filter(v -> variables != null && !variables.contains(v)).toList();
            problem = unknown.isEmpty() ? "template error: the condition of this {% if %} is neither true nor false"
                    : "template error: unknown variable '" + String.join("', '", unknown) + "' in the condition of {% if %}";
            fix = (variables == null ? "" : "use one of the variables this page gets ("
                    + String.join(", ", new TreeSet<>(variables)) + "); ")
                    + "to test whether a value is there, write {% if x is not empty %}";
        } else if (message.startsWith("Tried to write more than")) {
            // Pebble's LimitedSizeWriter: "Tried to write more than N chars."
            problem = "template error: the page grew beyond " + (MAX_PAGE >> 20) + " M characters";
            fix = "check the {% for %} loops and macros of this template: one of them repeats without end, or prints "
                    + "everything the site holds on one page (such as every place of use of every glossary term)";
        } else if (message.startsWith("Filter [")) {
            fix = "check the filter's name after '|' (Pebble's filters: abbreviate, capitalize, default, first, join, "
                    + "last, length, lower, raw, replace, reverse, slice, sort, split, title, trim, upper)";
        } else if (message.startsWith("Function or Macro [")) {
            fix = "check the function's name before '('";
        } else if (message.startsWith("Unexpected tag name") || message.contains("Unexpected end of template")) {
            fix = "a {% if %}, {% for %} or {% block %} opened above this line is not closed: add its "
                    + "{% endif %}, {% endfor %} or {% endblock %}";
        } else if (e instanceof LoaderException) {
            problem = "template error: " + message.replaceAll("\\[prefix='[^']*', ", "[");
            fix = "check the template name in {% extends %}, {% include %} or {% import %}, or restore the file from the repository";
        } else {
            fix = "correct the Pebble syntax on this line: {{ value }} prints, {% tag %} controls";
        }
        return new ContentError(where, line == null || line < 0 ? 0 : line, problem, fix);
    }

    /** The line of the template an error names, or "" when it cannot be read. */
    private String source(PebbleException e) {
        if (e.getFileName() == null || e.getLineNumber() == null || e.getLineNumber() < 1) {
            return "";
        }
        try {
            List<String> lines = TextFile.read(files.shown(e.getFileName()), dir).lines().toList();
            return e.getLineNumber() <= lines.size() ? lines.get(e.getLineNumber() - 1) : "";
        } catch (ContentError unreadable) {
            return "";
        }
    }
}
