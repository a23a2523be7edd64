package org.zhedition.glossary;

/** Which occurrences of a glossary term get a note ({@code annotate:} in {@code site.yaml}). */
public enum Annotate {
    /** The first occurrence in each section, as Wikipedia links terms. */
    FIRST_IN_SECTION,
    /** The first occurrence in the article. */
    FIRST_IN_ARTICLE,
    /** Every occurrence. */
    EVERY;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
