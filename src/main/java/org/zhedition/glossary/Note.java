package org.zhedition.glossary;

import java.util.List;
import org.zhedition.markdown.Markdown;

/**
 * A glossary note on an article's page, as plain data: what the article stages hand on once
 * the Markdown tree is gone (to the pages, the e-book, the glossary's backlinks and the cache).
 *
 * @param term   the entry's id
 * @param number 1-based, unique within the page: gives the note its ids ({@code t<number>}, {@code n<number>})
 * @param block  the position of the top-level block it stands in ({@link Markdown#blockIndex}), from 0
 * @param text   the words marked, as they stand in the text
 */
public record Note(String term, int number, int block, String text) {
    /** The notes the annotator put into a document, read off the tree while it lives. */
    public static List<Note> of(List<TermNode> marked) {
        return marked.stream()
                .map(n -> new Note(n.term().id(), n.number(), Markdown.blockIndex(n), n.getChars().toString()))
                .toList();
    }
}
