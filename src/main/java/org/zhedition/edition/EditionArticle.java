package org.zhedition.edition;

import java.util.List;
import org.zhedition.glossary.Note;
import org.zhedition.body.BodyRenderer.Block;
import org.zhedition.body.BodyRenderer.Book;
import org.zhedition.body.BodyRenderer.Heading;
import org.zhedition.edition.ConvertedArticle;

/**
 * One article in one edition after the article stages: converted, parsed, annotated, and its
 * body rendered (for its own page, and with edition-prefixed ids for the parallel view).
 *
 * The Markdown tree does not leave the stages: the notes are plain {@link Note}s.
 *
 * @param book         the body as the e-book shows it
 * @param notes        every glossary note on its page, in order
 * @param photoCredits each photographer or agency its figures credit, once, in order
 * @param headings     the body's headings in order, for the table of contents
 * @param blockTexts   the plain text of each block of the body, in order, for the search
 */
public record EditionArticle(ConvertedArticle text, List<Block> blocks, List<Block> parallelBlocks, Book book, List<Note> notes,
        List<String> photoCredits, List<Heading> headings, List<String> blockTexts) {
    public EditionArticle {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
        parallelBlocks = List.copyOf(parallelBlocks);
        notes = List.copyOf(notes);
        photoCredits = List.copyOf(photoCredits);
        blockTexts = List.copyOf(blockTexts);
    }

    public String slug() {
        return text.article().slug();
    }
}
