package org.zhedition.glossary;

import java.util.ArrayList;
import java.util.List;

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

    /** All entries in file order. */
    public List<Term> terms() {
        List<Term> all = new ArrayList<>();
        categories.forEach(c -> all.addAll(c.terms()));
        return all;
    }
}
