package org.zhedition.input;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so every mistake in front matter, the glossary or
 * the site configuration can be reported where the editor made it.
 *
 * <p>SnakeYAML is used only to <em>compose</em> a node tree (no object construction, so no YAML
 * tag can instantiate a class); the typed getters below turn that tree into plain values.
 */
public final class Yaml {
    private final Node node;
    private final Path file;
    private final int lineOffset;

    private Yaml(Node node, Path file, int lineOffset) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses one YAML document.
     *
     * @param firstLine the 1-based line of {@code file} on which {@code text} starts
     */
    public static Yaml parse(String text, Path file, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        // Not setAllowDuplicateKeys(false): compose() ignores it; duplicate keys are refused on the tree below.
        options.setMaxAliasesForCollections(10);
        try {
            Node root = new org.yaml.snakeyaml.Yaml(options).compose(new StringReader(text));
            if (root == null) {
                root = new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), null);
            }
            checkCharacters(root, file, firstLine - 1, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            return new Yaml(root, file, firstLine - 1);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ContentError(file, line, "invalid YAML: " + problem.strip(),
                    "check indentation and quoting on this line; quote values that contain ': ' or start with a special character");
        } catch (YAMLException e) {
            if (String.valueOf(e.getMessage()).contains("Nesting Depth")) {
                throw new ContentError(file, firstLine + tooDeep(text, options), "invalid YAML: lists and mappings nest more "
                        + "than " + options.getNestingDepthLimit() + " levels deep here", "nest fewer '[', '{' or indented "
                        + "levels inside each other (a few are plenty)");
            }
            throw new ContentError(file, firstLine, "invalid YAML: " + e.getMessage(),
                    "check the YAML syntax of this block");
        }
    }

    /**
     * {@code text} as one YAML double-quoted scalar, on one line, that reads back as exactly
     * {@code text} whatever it holds (colons, quotes, {@code #}, line breaks): for files the tool
     * writes for the editor.
     */
    public static String quoted(String text) {
        org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
        options.setDefaultScalarStyle(org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return new org.yaml.snakeyaml.Yaml(options).dump(text).strip();
    }

    /** The 0-based line where the lists and mappings of {@code text} nest deeper than the limit. */
    private static int tooDeep(String text, LoaderOptions options) {
        int depth = 0;
        try {
            for (var event : new org.yaml.snakeyaml.Yaml(options).parse(new StringReader(text))) {
                if (event instanceof org.yaml.snakeyaml.events.CollectionStartEvent) {
                    depth++;
                    if (depth > options.getNestingDepthLimit() && event.getStartMark() != null) {
                        return event.getStartMark().getLine();
                    }
                } else if (event instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // not found before the text became unreadable
        }
        return 0;
    }

    /**
     * Refuses characters that do not belong in text ({@link Invisible}) in every value and key,
     * also when written as an escape ({@code "\0"}, {@code "\v"}, {@code "\uD800"}), which the
     * file check cannot see. Each node is visited once, so an alias that refers to its own
     * list cannot make this loop.
     */
    private static void checkCharacters(Node node, Path file, int lineOffset, java.util.Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof ScalarNode s) {
            int i = Invisible.find(s.getValue());
            if (i >= 0) {
                Mark m = node.getStartMark();
                int line = m == null ? lineOffset + 1 : m.getLine() + lineOffset + 1;
                throw new ContentError(file, line, "the character " + Invisible.name(s.getValue(), i)
                        + " in this value does not belong in text (a YAML escape such as \\0, \\v or \\uD800 writes it)",
                        Invisible.fix(s.getValue(), i));
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                checkCharacters(n, file, lineOffset, seen);
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                checkCharacters(t.getKeyNode(), file, lineOffset, seen);
                checkCharacters(t.getValueNode(), file, lineOffset, seen);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** 1-based line in the file where this node starts. */
    public int line() {
        Mark m = node.getStartMark();
        return m == null ? lineOffset + 1 : m.getLine() + lineOffset + 1;
    }

    public ContentError error(String problem, String fix) {
        return new ContentError(file, line(), problem, fix);
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping, in file order. Keys must be plain strings. */
    public Map<String, Yaml> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of 'key: value' lines here", "write each field as 'name: value' on its own line");
        }
        Map<String, Yaml> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            Yaml key = new Yaml(t.getKeyNode(), file, lineOffset);
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw key.error("a key must be plain text", "write the key as a simple word followed by ':'");
            }
            if (out.containsKey(k.getValue())) {
                throw key.error("duplicate key '" + k.getValue() + "'", "keep only one '" + k.getValue() + ":' in this block");
            }
            out.put(k.getValue(), new Yaml(t.getValueNode(), file, lineOffset));
        }
        return out;
    }

    /** Refuses keys outside {@code allowed}: a misspelt field name must not pass silently. */
    public Yaml onlyKeys(Set<String> allowed) {
        for (Map.Entry<String, Yaml> e : entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                List<String> sorted = new ArrayList<>(allowed);
                sorted.sort(null);
                throw new ContentError(file, keyLine(e.getKey()), "unknown field '" + e.getKey() + "'",
                        "use one of: " + String.join(", ", sorted));
            }
        }
        return this;
    }

    private int keyLine(String key) {
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getKeyNode().getStartMark().getLine() + lineOffset + 1;
            }
        }
        return line();
    }

    public Optional<Yaml> get(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    /** The text of a scalar, stripped. */
    public String text() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value here, found a " + (isSequence() ? "list" : "mapping"),
                    "write one value after the colon");
        }
        return s.getValue().strip();
    }

    /** The text of a scalar, stripped; empty for a YAML null. */
    public String optionalText() {
        if (node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) {
            return "";
        }
        return text();
    }

    /** A required, non-empty text field. */
    public String required(String key) {
        Yaml v = entries().get(key);
        if (v == null) {
            throw error("missing required field '" + key + "'", "add a line '" + key + ": …'");
        }
        String t = v.text();
        if (t.isEmpty()) {
            throw v.error("field '" + key + "' is empty", "write a value after '" + key + ":'");
        }
        return t;
    }

    /** An optional text field; empty when absent. A present but blank value is an error. */
    public String optional(String key) {
        Yaml v = entries().get(key);
        if (v == null) {
            return "";
        }
        if (v.isScalar() && ((ScalarNode) v.node).getTag().getValue().endsWith(":null")) {
            return "";
        }
        return v.text();
    }

    /** The items of a list field (absent: empty). A single scalar is accepted as a one-item list. */
    public List<Yaml> list(String key) {
        Yaml v = entries().get(key);
        if (v == null) {
            return List.of();
        }
        return v.items();
    }

    public List<Yaml> items() {
        if (node instanceof SequenceNode seq) {
            List<Yaml> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                out.add(new Yaml(n, file, lineOffset));
            }
            return out;
        }
        if (node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            return List.of(this);
        }
        throw error("expected a list here", "write the items as '- item' lines or as [a, b]");
    }

    /** A list of non-empty texts. */
    public List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (Yaml item : list(key)) {
            String t = item.text();
            if (t.isEmpty()) {
                throw item.error("empty item in '" + key + "'", "remove the empty item or write its text");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }
}
