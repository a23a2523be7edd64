package org.zhedition.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One glossary entry, written in the source script (Traditional).
 *
 * @param id      stable ASCII anchor, the same in both editions (from {@code id:} or the English)
 * @param term    the headword as the text writes it
 * @param aliases other spellings in the text that get the same note
 * @param en      the English equivalent
 * @param note    one to three sentences for a general reader
 * @param see     headwords of related entries
 */
public record Term(String id, String term, List<String> aliases, String en, String note, List<String> see,
        String category, Path file, int line) {

    public Term {
        aliases = List.copyOf(aliases);
        see = List.copyOf(see);
    }

    /** The headword first, then the aliases. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>(aliases.size() + 1);
        forms.add(term);
        forms.addAll(aliases);
        return forms;
    }
}
