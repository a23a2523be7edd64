package org.zhedition.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One glossary entry, written in the source script (Traditional).
 *
 * @param id      stable ASCII anchor, the same in both editions (from {@code id:} or the English)
 * @param term    the headword as the text writes it
 * @param aliases other spellings in the text that get the same note
 * @param en      the English equivalent
 * @param note    one to three sentences for a general reader
 * @param see     headwords of related entries
 * @param notIn   longer phrases in which this term must not be marked (推理 is not a term inside
 *                推理小說): Han text has no word boundaries, so a short term can sit inside an
 *                unrelated word; each phrase contains the headword or an alias
 */
public record Term(String id, String term, List<String> aliases, String en, String note, List<String> see,
        List<String> notIn, String category, Path file, int line) {

    public Term {
        aliases = List.copyOf(aliases);
        see = List.copyOf(see);
        notIn = List.copyOf(notIn);
    }

    /** An entry without exceptions. */
    public Term(String id, String term, List<String> aliases, String en, String note, List<String> see,
            String category, Path file, int line) {
        this(id, term, aliases, en, note, see, List.of(), category, file, line);
    }

    /** The headword first, then the aliases. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>(aliases.size() + 1);
        forms.add(term);
        forms.addAll(aliases);
        return forms;
    }

    /**
     * This entry with every Chinese text passed through {@code convert} (the Simplified edition's
     * glossary); the id and the English stay as they are, so both editions link the same anchors.
     */
    public Term map(UnaryOperator<String> convert) {
        String headword = convert.apply(term);
        // Spellings that differ only by script merge (晶片 and its alias 芯片 are both 芯片 in
        // the Simplified edition): list each once, and never the headword again.
        List<String> forms = aliases.stream().map(convert).filter(a -> !a.equals(headword)).distinct().toList();
        return new Term(id, headword, forms, en, convert.apply(note),
                see.stream().map(convert).toList(), notIn.stream().map(convert).toList(), convert.apply(category),
                file, line);
    }
}
