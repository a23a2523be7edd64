package org.zhedition.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhedition.input.ContentError;
import org.zhedition.input.Yaml;

/** Reads {@code content/glossary.yaml} and checks it: every mistake names its line. */
public final class GlossaryParser {
    private static final Set<String> CATEGORY_KEYS = Set.of("name", "en", "terms");
    private static final Set<String> TERM_KEYS = Set.of("id", "term", "aliases", "en", "note", "see", "not");

    private GlossaryParser() {
    }

    public static Glossary parse(String text, Path file) {
        Yaml root = Yaml.parse(text, file, 1);
        if (!root.isMapping()) {
            throw root.error("the glossary must start with 'categories:'", "see the comment at the top of glossary.yaml");
        }
        root.onlyKeys(Set.of("categories"));
        Map<String, Term> byForm = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<Glossary.Category> categories = new ArrayList<>();
        for (Yaml c : root.list("categories")) {
            c.onlyKeys(CATEGORY_KEYS);
            String name = c.required("name");
            List<Term> terms = new ArrayList<>();
            for (Yaml t : c.list("terms")) {
                Term term = term(t, name, ids);
                for (String form : term.forms()) {
                    Term other = byForm.putIfAbsent(form, term);
                    if (other != null) {
                        throw t.error("'" + form + "' is already an entry or alias at line " + other.line(),
                                "merge the two entries, or remove '" + form + "' from one of them");
                    }
                }
                terms.add(term);
            }
            if (terms.isEmpty()) {
                throw c.error("category '" + name + "' has no terms", "add entries under 'terms:' or remove the category");
            }
            categories.add(new Glossary.Category(name, c.optional("en"), terms));
        }
        Glossary glossary = new Glossary(categories);
        for (Term t : glossary.terms()) {
            for (String see : t.see()) {
                if (!byForm.containsKey(see) || !byForm.get(see).term().equals(see)) {
                    throw new ContentError(file, t.line(), "'see: " + see + "' in entry " + t.term() + " is not a headword",
                            "write the 'term' of another entry, or remove it from 'see'");
                }
            }
        }
        return glossary;
    }

    private static Term term(Yaml t, String category, Set<String> ids) {
        t.onlyKeys(TERM_KEYS);
        String term = t.required("term");
        String en = t.required("en");
        if (en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw t.get("en").get().error("'en' of entry " + term + " contains Chinese characters",
                    "write the English only: 'en' is printed as it is in both editions, so Chinese in it would not be converted");
        }
        String note = t.required("note");
        List<String> aliases = t.texts("aliases");
        String id = t.optional("id");
        if (id.isEmpty()) {
            id = slug(en);
            String base = id;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
        } else if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw t.error("id '" + id + "' may only use a-z, 0-9 and '-'", "write e.g. id: distillation");
        } else if (ids.contains(id)) {
            throw t.error("id '" + id + "' is used twice", "give this entry another id");
        }
        ids.add(id);
        List<String> forms = new ArrayList<>(aliases);
        forms.add(0, term);
        List<String> notIn = t.texts("not");
        for (String field : List.of("term", "aliases", "not")) {
            t.get(field).ifPresent(GlossaryParser::visibleOnly);
        }
        for (String phrase : notIn) {
            if (forms.stream().noneMatch(f -> phrase.contains(f) && phrase.length() > f.length())) {
                throw t.error("'not: " + phrase + "' in entry " + term + " does not contain the term",
                        "write a longer phrase that contains '" + term + "' or an alias, or remove it from 'not'");
            }
        }
        return new Term(id, term, aliases, en, note, t.texts("see"), notIn, category, t.file(), t.line());
    }

    /**
     * Refuses a term, alias or {@code not} phrase with an invisible character in it: terms are
     * matched in the text exactly, character for character, so 蒸&#x200B;餾 (with a zero-width
     * space) or 人工&nbsp;智能 (a no-break space) would match only text that has the same
     * invisible character, and the entry would silently mark nothing. Refused: format characters
     * (zero-width space and joiners, word joiner, soft hyphen, byte-order mark, direction marks)
     * and every space but the ordinary one. Look-alike but visible forms are left as written:
     * fullwidth ＡＩ and AI are different forms; list both when the articles use both.
     */
    private static void visibleOnly(Yaml field) {
        for (Yaml item : field.items()) {
            String text = item.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.getType(c) == Character.FORMAT || c != ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c))) {
                    throw item.error("'" + text.replaceAll("\\p{Cf}", "") + "' contains the invisible character "
                            + org.zhedition.input.Invisible.name(text, i)
                            + ", so it would match only text that has the same invisible character",
                            "retype the term without it; list each other spelling the articles use as an alias");
                }
            }
        }
    }

    /**
     * A readable anchor from the English: the words before any gloss in brackets or after a
     * dash, e.g. {@code "large model (large language model, LLM)"} → {@code "large-model"},
     * cut at a word boundary.
     */
    static String slug(String en) {
        String core = en.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s[—–-]\\s.*$", "");
        String s = ascii(core);
        if (s.isEmpty()) {
            s = ascii(en);
        }
        if (s.length() > 48) {
            int cut = s.lastIndexOf('-', 48);
            s = s.substring(0, cut > 0 ? cut : 48);
        }
        return s.isEmpty() ? "term" : s;
    }

    private static String ascii(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
