package org.zhedition.lint;

import java.util.List;
import org.zhedition.content.Article.Emendation;
import org.zhedition.input.Yaml;

/**
 * Adds entries to the {@code emendations:} list of an article's front matter, as text, so that
 * the editor's own lines, comments and order stay as they were.
 */
public final class Emendations {
    private Emendations() {
    }

    /** {@code file} with {@code added} appended to its front matter's {@code emendations:} (created when missing). */
    public static String append(String file, List<Emendation> added) {
        if (added.isEmpty()) {
            return file;
        }
        int bodyStart = Prose.bodyStart(file);
        if (bodyStart == 0) {
            throw new IllegalArgumentException("no front matter");
        }
        int close = file.lastIndexOf("\n---", bodyStart - 1) + 1;
        String[] lines = file.substring(0, close).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int key = -1;
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].matches("emendations:\\s*(\\[\\s*\\])?\\s*(#.*)?")) {
                key = i;
            }
        }
        int insertAfter;
        String indent = "  ";
        if (key < 0) {
            insertAfter = lines.length - 2;
        } else {
            insertAfter = key;
            for (int i = key + 1; i < lines.length - 1 && (lines[i].isBlank() || lines[i].startsWith(" ") || lines[i].startsWith("-")); i++) {
                if (!lines[i].isBlank()) {
                    insertAfter = i;
                }
                if (lines[i].stripLeading().startsWith("- ") && indent.equals("  ") && i == key + 1) {
                    indent = lines[i].substring(0, lines[i].indexOf('-'));
                }
            }
        }
        for (int i = 0; i < lines.length - 1; i++) {
            out.append(i == key ? "emendations:" : lines[i]).append('\n');
            if (i == insertAfter) {
                if (key < 0) {
                    out.append("emendations:\n");
                }
                for (Emendation e : added) {
                    out.append(indent).append("- at: ").append(Yaml.quoted(e.at())).append('\n')
                            .append(indent).append("  was: ").append(Yaml.quoted(e.was())).append('\n')
                            .append(indent).append("  now: ").append(Yaml.quoted(e.now())).append('\n')
                            .append(indent).append("  note: ").append(Yaml.quoted(e.note())).append('\n');
                }
            }
        }
        return out.append(file.substring(close)).toString();
    }
}
