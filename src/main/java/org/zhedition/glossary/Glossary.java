package org.zhedition.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The glossary: categories in the editor's order, each with its entries. */
public record Glossary(List<Category> categories) {
    public Glossary {
        categories = List.copyOf(categories);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** A group of entries, e.g. 人工智能 / Artificial intelligence. */
    public record Category(String name, String en, List<Term> terms) {
        public Category {
            terms = List.copyOf(terms);
        }
    }

    /** The glossary with every Chinese text passed through {@code convert}; ids and English unchanged. */
    public Glossary map(UnaryOperator<String> convert) {
        return new Glossary(categories.stream().map(c -> new Category(convert.apply(c.name()), c.en(),
                c.terms().stream().map(t -> t.map(convert)).toList())).toList());
    }

    /** All entries in file order. */
    public List<Term> terms() {
        List<Term> all = new ArrayList<>();
        categories.forEach(c -> all.addAll(c.terms()));
        return all;
    }
}
