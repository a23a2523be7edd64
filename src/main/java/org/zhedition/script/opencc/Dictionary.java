package org.zhedition.script.opencc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of OpenCC's text dictionaries ({@code data/dictionary/*.txt}): one entry a line, the key,
 * a tab, then one or more values separated by spaces; {@code #} starts a comment line. The first
 * value is what a conversion prints; the others are alternatives (OpenCC's "candidates").
 *
 * @param name    the file name without {@code .txt}, e.g. {@code TSPhrases}
 * @param entries key → values, in file order; a key given twice keeps its first line
 */
public record Dictionary(String name, Map<String, List<String>> entries) {

    public Dictionary {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Parses the text of a dictionary file. */
    public static Dictionary parse(String name, String text) {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        int pos = 0;
        int lineNo = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
            pos = end + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException("OpenCC dictionary " + name + ".txt line " + lineNo
                        + " has no tab between key and values: " + line);
            }
            List<String> values = new ArrayList<>(2);
            int v = tab + 1;
            while (v < line.length()) {
                int space = line.indexOf(' ', v);
                int stop = space < 0 ? line.length() : space;
                String value = line.substring(v, stop).strip();
                if (!value.isEmpty()) {
                    values.add(value);
                }
                v = stop + 1;
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("OpenCC dictionary " + name + ".txt line " + lineNo + " has no value");
            }
            entries.putIfAbsent(line.substring(0, tab), List.copyOf(values));
        }
        return new Dictionary(name, entries);
    }

    /** The value a conversion prints for {@code key}, or null. */
    public String first(String key) {
        List<String> values = entries.get(key);
        return values == null ? null : values.get(0);
    }
}
